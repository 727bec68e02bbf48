package be.actraject.web.candidate;

import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import be.actraject.web.text.WrittenWithoutSpaces;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The person as a form types them, for the registration and for a correction, which share these rules (issue 16:
 * a correction checks what the registration checks). The rules repeat those of {@link CandidateDetails} so that
 * every message shows at once beside its field; the domain checks them again. Each {@code @Size} is the column's
 * length (V1, candidate), which the templates give the inputs as {@code maxlength}.
 */
public abstract class PersonForm {

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
    @WrittenWithoutSpaces
    @Pattern(regexp = CandidateDetails.JOB_SEEKER_NUMBER)
    @Size(max = 20)
    private String jobSeekerNumber;
    @NotBlank
    @Size(max = 2000)
    private String businessIdea;

    /** A coach must be able to reach the candidate. */
    @AssertTrue
    public boolean isContact() {
        return !isBlank(email) || !isBlank(phone);
    }

    /** The details as typed, with the given date of entry, which this part of the form does not hold. */
    CandidateDetails toDetails(LocalDate dateOfEntry) {
        return new CandidateDetails(firstName, lastName, email, phone, street, postalCode, municipality,
                dateOfBirth, jobSeekerNumber, dateOfEntry, businessIdea);
    }

    static boolean isBlank(String s) {
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

    public String getBusinessIdea() {
        return businessIdea;
    }

    public void setBusinessIdea(String businessIdea) {
        this.businessIdea = businessIdea;
    }
}
