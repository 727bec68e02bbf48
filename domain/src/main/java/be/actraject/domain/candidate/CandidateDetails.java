package be.actraject.domain.candidate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * What a registration records of a person. The rules are the domain's own; the web form repeats them as
 * annotations so that a person typing gets every message at once, and the service checks them again because not
 * every caller is a form.
 *
 * @param jobSeekerNumber the client number under which the employment service (VDAB) registered the job seeker
 */
public record CandidateDetails(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = PHONE) @Size(max = 30) String phone,
        @Size(max = 200) String street,
        @Pattern(regexp = POSTAL_CODE) String postalCode,
        @Size(max = 100) String municipality,
        @NotNull @Past LocalDate dateOfBirth,
        @NotBlank @Pattern(regexp = JOB_SEEKER_NUMBER) String jobSeekerNumber,
        @NotNull LocalDate dateOfEntry,
        @NotBlank @Size(max = 2000) String businessIdea) {

    /** Digits with an optional leading +, spaces, dots, slashes and dashes, as people write Belgian numbers. */
    public static final String PHONE = "^$|^\\+?[0-9][0-9 ./-]{5,28}$";
    /** Belgian postal codes: four digits, the first not 0. */
    public static final String POSTAL_CODE = "^$|^[1-9][0-9]{3}$";
    /** Letters and digits only; the employment service's client numbers have no fixed published length. */
    public static final String JOB_SEEKER_NUMBER = "^[A-Za-z0-9]{4,20}$";

    /** A coach must be able to reach the candidate: an e-mail address or a phone number, at least one. */
    @AssertTrue(message = "{candidate.contact.required}")
    public boolean hasContact() {
        return !isBlank(email) || !isBlank(phone);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
