package be.actraject.domain.training;

import be.actraject.domain.belgium.EnterpriseNumber;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A third party that organises training modules: a training centre, an employers' organisation, the VDAB. */
@Entity
public class TrainingProvider {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String contactPerson;
    private String email;
    private String phone;
    /** The ten digits; a provider is an enterprise like any other, checked on the way in. */
    private String enterpriseNumber;
    @Version
    private long version;

    protected TrainingProvider() {
    }

    TrainingProvider(ProviderDraft draft) {
        set(draft);
    }

    void set(ProviderDraft draft) {
        this.name = draft.name().strip();
        this.contactPerson = blankToNull(draft.contactPerson());
        this.email = blankToNull(draft.email());
        this.phone = blankToNull(draft.phone());
        this.enterpriseNumber = draft.enterpriseNumber().digits();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public EnterpriseNumber getEnterpriseNumber() {
        return new EnterpriseNumber(enterpriseNumber);
    }
}
