package be.actraject.web.training;

import be.actraject.domain.belgium.EnterpriseNumber;
import be.actraject.domain.training.ProviderDraft;
import be.actraject.domain.training.TrainingProvider;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A provider as typed. The enterprise number is read as people paste it ({@link EnterpriseNumber#parse}); a wrong
 * one is refused beside the field by {@link ProviderController}. The sizes are the columns of
 * {@code training_provider}.
 */
public class ProviderForm {

    @NotBlank
    @Size(max = 200)
    private String name;
    @Size(max = 200)
    private String contactPerson;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 40)
    private String phone;
    @NotBlank
    @Size(max = 40)
    private String enterpriseNumber;

    static ProviderForm of(TrainingProvider p) {
        ProviderForm form = new ProviderForm();
        form.name = p.getName();
        form.contactPerson = p.getContactPerson();
        form.email = p.getEmail();
        form.phone = p.getPhone();
        form.enterpriseNumber = p.getEnterpriseNumber().formatted();
        return form;
    }

    /** @throws be.actraject.domain.belgium.InvalidIdentifierException for a wrong enterprise number */
    ProviderDraft toDraft() {
        return new ProviderDraft(name, contactPerson, email, phone, EnterpriseNumber.parse(enterpriseNumber));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public void setEnterpriseNumber(String enterpriseNumber) {
        this.enterpriseNumber = enterpriseNumber;
    }
}
