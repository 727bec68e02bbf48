package be.actraject.web.sector;

import be.actraject.domain.sector.Expert;
import be.actraject.domain.sector.ExpertEntry;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class ExpertForm {

    @NotBlank
    @Size(max = 100)
    private String name;
    @NotBlank
    @Size(max = 100)
    private String field;
    @Size(max = 100)
    private String organisation;
    @NotBlank
    @Email
    @Size(max = 254)
    private String email;
    @Size(max = 30)
    private String phone;
    @Size(max = 1000)
    private String note;

    static ExpertForm of(Expert expert) {
        ExpertForm form = new ExpertForm();
        form.setName(expert.getName());
        form.setField(expert.getField());
        form.setOrganisation(expert.getOrganisation());
        form.setEmail(expert.getEmail());
        form.setPhone(expert.getPhone());
        form.setNote(expert.getNote());
        return form;
    }

    ExpertEntry toEntry() {
        return new ExpertEntry(name, field, organisation, email, phone, note);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Typed.clean(name);
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = Typed.clean(field);
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = Typed.clean(organisation);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Typed.clean(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Typed.clean(phone);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        // A text area: folded by the forms' text binding (web.text), which keeps its lines.
        this.note = note;
    }
}
