package be.actraject.domain.invoice;

import be.actraject.domain.belgium.EnterpriseNumber;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.CustomerLanguage;
import be.actraject.domain.einvoice.Party;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The customer as an issued invoice or credit note names it: name, address, numbers, Peppol address and the language
 * of its documents as recorded when it was issued. A customer can be corrected since issue 18 (a new address, a typo
 * in the name); a document already sent may not change (KB nr. 1 art. 5), so its PDF and UBL print this copy, as they
 * print {@link IssuedSeller}, never the customer as it is today.
 */
@Embeddable
public class IssuedBuyer {

    @Column(name = "buyer_name")
    private String name;
    @Column(name = "buyer_street")
    private String street;
    @Column(name = "buyer_postal_code")
    private String postalCode;
    @Column(name = "buyer_city")
    private String city;
    @Column(name = "buyer_country_code")
    private String countryCode;
    /** The 10 digits, or null. */
    @Column(name = "buyer_enterprise_number")
    private String enterpriseNumber;
    @Column(name = "buyer_vat_number")
    private String vatNumber;
    @Column(name = "buyer_peppol_scheme")
    private String peppolScheme;
    @Column(name = "buyer_peppol_id")
    private String peppolId;
    /** As {@link CustomerLanguage#code()}. */
    @Column(name = "buyer_language")
    private String language;

    protected IssuedBuyer() {
    }

    /** The customer as recorded now. */
    public static IssuedBuyer of(Customer customer) {
        Party party = customer.asBuyer();
        IssuedBuyer buyer = new IssuedBuyer();
        buyer.name = party.name();
        buyer.street = party.street();
        buyer.postalCode = party.postalCode();
        buyer.city = party.city();
        buyer.countryCode = party.countryCode();
        buyer.enterpriseNumber = party.enterpriseNumber() == null ? null : party.enterpriseNumber().digits();
        buyer.vatNumber = party.vatNumber();
        buyer.peppolScheme = party.endpointScheme();
        buyer.peppolId = party.endpointId();
        buyer.language = customer.getLanguage().code();
        return buyer;
    }

    /** The buyer of the EN 16931 document (BG-7). */
    public Party asBuyer() {
        return new Party(name, street, postalCode, city, countryCode,
                enterpriseNumber == null ? null : new EnterpriseNumber(enterpriseNumber), vatNumber, peppolScheme,
                peppolId);
    }

    /** The language the document was issued in. */
    public CustomerLanguage language() {
        return CustomerLanguage.ofCode(language);
    }
}
