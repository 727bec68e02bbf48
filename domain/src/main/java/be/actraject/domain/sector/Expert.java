package be.actraject.domain.sector;

import be.actraject.domain.candidate.SearchKeys;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** Someone with more specific knowledge of a trade a candidate can be introduced to: the cooperative's register. */
@Entity
public class Expert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String field;
    private String organisation;
    private String email;
    private String phone;
    private String note;
    private String registeredBy;
    private Instant registeredAt;
    /** Name and field folded ({@link #searchKey}): kept here so that the database compares plain ASCII (V35). */
    private String searchKey;

    protected Expert() {
    }

    Expert(ExpertEntry entry, String registeredBy, Instant registeredAt) {
        update(entry);
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /** Who registered the expert stays who did. */
    void update(ExpertEntry entry) {
        this.name = Typed.clean(entry.name());
        this.field = Typed.clean(entry.field());
        this.organisation = Typed.clean(entry.organisation());
        this.email = entry.normalisedEmail();
        this.phone = Typed.clean(entry.phone());
        this.note = Typed.cleanLines(entry.note());
        this.searchKey = searchKey(name, field);
    }

    /**
     * What the register's search looks in: the name and the field folded as a candidate's name is ({@link SearchKeys}:
     * "Çağrı Öztürk" is "cagri ozturk"), apart, so that a search does not match across the two.
     */
    static String searchKey(String name, String field) {
        return SearchKeys.name(name) + " | " + SearchKeys.name(field);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getField() {
        return field;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getNote() {
        return note;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }
}
