package be.actraject.domain.invoice;

import be.actraject.domain.belgium.EnterpriseNumber;
import be.actraject.domain.belgium.Iban;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.einvoice.Party;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The cooperative as an issued invoice or credit note names it: its name, address, enterprise number, account (IBAN
 * and BIC) and footer as configured when it was issued. An issued invoice may not change (KB nr. 1 art. 5: the
 * invoice is the document sent), so its PDF and UBL print this copy, never the configuration of today. The getters
 * have the names of {@link Cooperative}'s, so the PDF letterhead prints either.
 */
@Embeddable
public class IssuedSeller {

    @Column(name = "seller_name")
    private String name;
    @Column(name = "seller_street")
    private String street;
    @Column(name = "seller_postal_code")
    private String postalCode;
    @Column(name = "seller_city")
    private String city;
    /** The 10 digits. */
    @Column(name = "seller_enterprise_number")
    private String enterpriseNumber;
    /** Compact, without spaces. */
    @Column(name = "seller_iban")
    private String iban;
    /** Null when none was configured. */
    @Column(name = "seller_bic")
    private String bic;
    @Column(name = "seller_footer")
    private String footer;

    protected IssuedSeller() {
    }

    /** The cooperative as configured now. */
    public static IssuedSeller of(Cooperative cooperative) {
        IssuedSeller seller = new IssuedSeller();
        seller.name = cooperative.getName();
        seller.street = cooperative.getStreet();
        seller.postalCode = cooperative.getPostalCode();
        seller.city = cooperative.getCity();
        seller.enterpriseNumber = cooperative.enterprise().digits();
        seller.iban = cooperative.account().value();
        seller.bic = cooperative.getBic();
        seller.footer = cooperative.getFooter() == null ? "" : cooperative.getFooter();
        return seller;
    }

    /** The seller of the EN 16931 document (BG-4). */
    public Party asSeller() {
        return Party.belgian(name, street, postalCode, city, enterprise());
    }

    public EnterpriseNumber enterprise() {
        return EnterpriseNumber.parse(enterpriseNumber);
    }

    /** The account to pay to (BT-84). */
    public Iban account() {
        return Iban.parse(iban);
    }

    public String getName() {
        return name;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getBic() {
        return bic;
    }

    public String getFooter() {
        return footer == null ? "" : footer;
    }
}
