package be.actraject.domain.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A candidate entrepreneur (kandidaat-ondernemer) and their personal dossier. */
@Entity
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String street;
    private String postalCode;
    private String municipality;
    private LocalDate dateOfBirth;
    @Column(unique = true)
    private String jobSeekerNumber;
    private LocalDate dateOfEntry;
    private String businessIdea;
    private Instant registeredAt;
    private String registeredBy;
    /** Folded forms for the list's sort and the search ({@link SearchKeys}), kept in step with every change. */
    private String sortName;
    private String searchName;
    private String phoneDigits;
    @Version
    private long version;

    protected Candidate() {
    }

    public Candidate(CandidateDetails details, Instant registeredAt, String registeredBy) {
        this.firstName = details.firstName().strip();
        this.lastName = details.lastName().strip();
        this.email = emptyToNull(details.email());
        this.phone = emptyToNull(details.phone());
        this.street = emptyToNull(details.street());
        this.postalCode = emptyToNull(details.postalCode());
        this.municipality = emptyToNull(details.municipality());
        this.dateOfBirth = details.dateOfBirth();
        this.jobSeekerNumber = details.jobSeekerNumber().strip().toUpperCase(Locale.ROOT);
        this.dateOfEntry = details.dateOfEntry();
        this.businessIdea = details.businessIdea().strip();
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    /**
     * Corrects the personal data to the given details, all but the date of entry (a coordinator's correction of its
     * own, see {@link #correctDateOfEntry}). The details are normalised as at registration.
     *
     * @return what changed, field by field in the order of the form; empty when nothing did
     */
    public List<FieldChange> correct(CandidateDetails details) {
        List<FieldChange> changes = new ArrayList<>();
        firstName = change(changes, "firstName", firstName, details.firstName().strip());
        lastName = change(changes, "lastName", lastName, details.lastName().strip());
        email = change(changes, "email", email, emptyToNull(details.email()));
        phone = change(changes, "phone", phone, emptyToNull(details.phone()));
        street = change(changes, "street", street, emptyToNull(details.street()));
        postalCode = change(changes, "postalCode", postalCode, emptyToNull(details.postalCode()));
        municipality = change(changes, "municipality", municipality, emptyToNull(details.municipality()));
        if (!Objects.equals(dateOfBirth, details.dateOfBirth())) {
            changes.add(new FieldChange("dateOfBirth", String.valueOf(dateOfBirth), details.dateOfBirth().toString()));
            dateOfBirth = details.dateOfBirth();
        }
        jobSeekerNumber = change(changes, "jobSeekerNumber", jobSeekerNumber,
                details.jobSeekerNumber().strip().toUpperCase(Locale.ROOT));
        businessIdea = change(changes, "businessIdea", businessIdea, details.businessIdea().strip());
        return changes;
    }

    private static String change(List<FieldChange> changes, String field, String old, String now) {
        if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(field, old, now));
        }
        return now;
    }

    /** Corrects the date of entry; the trajectory's start moves with it (the caller's part). */
    public void correctDateOfEntry(LocalDate day) {
        this.dateOfEntry = Objects.requireNonNull(day);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @PrePersist
    @PreUpdate
    void refreshSearchKeys() {
        sortName = SearchKeys.sortName(firstName, lastName);
        searchName = SearchKeys.searchName(firstName, lastName);
        String digits = SearchKeys.phoneDigits(phone);
        phoneDigits = digits.isEmpty() ? null : digits;
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getMunicipality() {
        return municipality;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getJobSeekerNumber() {
        return jobSeekerNumber;
    }

    public LocalDate getDateOfEntry() {
        return dateOfEntry;
    }

    public String getBusinessIdea() {
        return businessIdea;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    /** The optimistic-locking version: a correction typed against an older one is refused. */
    public long getVersion() {
        return version;
    }
}
