package be.actraject.domain.sector;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An expert as a coach or coordinator registers or corrects them. */
public record ExpertEntry(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String field,
                          @Size(max = 100) String organisation, @NotBlank @Email @Size(max = 254) String email,
                          @Size(max = 30) String phone, @Size(max = 1000) String note) {

    /** The address as it is kept and compared: e-mail addresses are told apart without regard to case. */
    String normalisedEmail() {
        String cleaned = Typed.clean(email);
        return cleaned == null ? null : cleaned.toLowerCase(java.util.Locale.ROOT);
    }
}
