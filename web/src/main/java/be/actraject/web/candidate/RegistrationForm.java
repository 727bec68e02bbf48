package be.actraject.web.candidate;

import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The registration form as typed. Its rules repeat those of {@link CandidateDetails} so that every message shows
 * at once beside its field; the domain checks them again.
 */
public class RegistrationForm {

    @NotBlank
    @Size(max = 100)
    private String firstName;
    @NotBlank
    @Size(max = 100)
    private String lastName;
    @Email
    @Size(max = 254)
    private String email;
    @Pattern(regexp = CandidateDetails.PHONE)
    @Size(max = 30)
    private String phone;
    @Size(max = 200)
    private String street;
    @Pattern(regexp = CandidateDetails.POSTAL_CODE)
    @Size(max = 4)
    private String postalCode;
    @Size(max = 100)
    private String municipality;
    @NotNull
    @InDateWindow(DateWindow.BIRTH)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfBirth;
    @NotBlank
    @Pattern(regexp = CandidateDetails.JOB_SEEKER_NUMBER)
    @Size(max = 20)
    private String jobSeekerNumber;
    @NotNull
    @InDateWindow(DateWindow.ENTRY)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfEntry;
    @NotBlank
    @Size(max = 2000)
    private String businessIdea;
    /** The coach's user id; empty leaves the intake to whichever coach takes it. */
    private String coach;

    /** A coach must be able to reach the candidate. */
    @AssertTrue
    public boolean isContact() {
        return !isBlank(email) || !isBlank(phone);
    }

    public CandidateDetails toDetails() {
        return new CandidateDetails(firstName, lastName, email, phone, street, postalCode, municipality,
                dateOfBirth, jobSeekerNumber, dateOfEntry, businessIdea);
    }

    public String coachOrNull() {
        return isBlank(coach) ? null : coach;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
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

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getJobSeekerNumber() {
        return jobSeekerNumber;
    }

    public void setJobSeekerNumber(String jobSeekerNumber) {
        this.jobSeekerNumber = jobSeekerNumber;
    }

    public LocalDate getDateOfEntry() {
        return dateOfEntry;
    }

    public void setDateOfEntry(LocalDate dateOfEntry) {
        this.dateOfEntry = dateOfEntry;
    }

    public String getBusinessIdea() {
        return businessIdea;
    }

    public void setBusinessIdea(String businessIdea) {
        this.businessIdea = businessIdea;
    }

    public String getCoach() {
        return coach;
    }

    public void setCoach(String coach) {
        this.coach = coach;
    }
}
