package be.actraject.domain.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer as typed.
 *
 * @param countryCode      ISO 3166-1 alpha-2, in capitals
 * @param enterpriseNumber for a Belgian business, as written (dots, "BE" and spaces allowed)
 * @param vatNumber        for a business abroad, with its country prefix
 * @param peppolId         the Peppol participant id as {@code scheme:identifier}; for a Belgian business it defaults to
 *                         0208 and the enterprise number
 * @param vatRegistered    for a Belgian business: whether it is btw-plichtig and files periodic VAT returns, which
 *                         its VAT number on the invoice and the domestic reverse charge (KB nr. 1 art. 20) need; an
 *                         enterprise number alone does not make a business VAT-registered
 * @param language         the language of its documents and mails; null is Dutch
 */
public record CustomerDetails(
        @NotNull CustomerKind kind,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String street,
        @NotBlank @Size(max = 20) String postalCode,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") String countryCode,
        @Size(max = 40) String enterpriseNumber,
        @Size(max = 40) String vatNumber,
        @Size(max = 55) String peppolId,
        @Email @Size(max = 200) String email,
        boolean vatRegistered,
        CustomerLanguage language) {

    /** A customer as typed before the language was asked: its documents are in Dutch, as all were then. */
    public CustomerDetails(CustomerKind kind, String name, String street, String postalCode, String city,
                           String countryCode, String enterpriseNumber, String vatNumber, String peppolId,
                           String email, boolean vatRegistered) {
        this(kind, name, street, postalCode, city, countryCode, enterpriseNumber, vatNumber, peppolId, email,
                vatRegistered, CustomerLanguage.NL);
    }

    /** A customer as typed before the VAT-registered choice: a Belgian business counts as registered. */
    public CustomerDetails(CustomerKind kind, String name, String street, String postalCode, String city,
                           String countryCode, String enterpriseNumber, String vatNumber, String peppolId,
                           String email) {
        this(kind, name, street, postalCode, city, countryCode, enterpriseNumber, vatNumber, peppolId, email,
                kind == CustomerKind.BELGIAN_BUSINESS);
    }
}
