package be.actraject.domain.cooperative;

import be.actraject.domain.belgium.Bic;
import be.actraject.domain.belgium.EnterpriseNumber;
import be.actraject.domain.belgium.Iban;
import be.actraject.domain.belgium.InvalidIdentifierException;
import be.actraject.domain.belgium.Pasted;
import be.actraject.domain.einvoice.Party;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;

/**
 * The cooperative as configured ({@code actraject.cooperative.*}): checked at start-up, so that an application with an
 * invalid enterprise number or IBAN does not start and cannot issue an invoice under it. Every invoice is issued in its
 * name.
 */
@Component
@Validated
@ConfigurationProperties("actraject.cooperative")
public class Cooperative {

    @NotBlank
    private String name;
    @NotBlank
    private String street;
    @NotBlank
    private String postalCode;
    @NotBlank
    private String city;
    @NotBlank
    private String enterpriseNumber;
    @NotBlank
    private String iban;
    /** The bank's BIC; empty when not given (a Belgian IBAN is enough for a SEPA transfer). */
    private String bic;
    private String footer = "";
    /** Where the logo for invoices and statements is (a Spring resource location); empty for none. */
    private String logo = "";
    /** Days between the invoice and its due date. */
    @Min(0)
    @Max(120)
    private int paymentTermDays = 30;
    /** The share of the margin the cooperative keeps, in percent. */
    @NotNull
    @DecimalMin("0")
    @DecimalMax("50")
    private BigDecimal contributionPercent = new BigDecimal("10");

    @AssertTrue(message = "is not a valid Belgian enterprise number (mod 97)")
    public boolean isEnterpriseNumberValid() {
        return enterpriseNumber == null || valid(() -> EnterpriseNumber.parse(enterpriseNumber));
    }

    @AssertTrue(message = "is not a valid IBAN")
    public boolean isIbanValid() {
        return iban == null || valid(() -> Iban.parse(iban));
    }

    @AssertTrue(message = "is not a valid BIC (ISO 9362)")
    public boolean isBicValid() {
        return getBic() == null || valid(() -> Bic.parse(bic));
    }

    private static boolean valid(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    public EnterpriseNumber enterprise() {
        return EnterpriseNumber.parse(enterpriseNumber);
    }

    public Iban account() {
        return Iban.parse(iban);
    }

    /** The cooperative as the seller on its invoices. */
    public Party asSeller() {
        return Party.belgian(name, street, postalCode, city, enterprise());
    }

    public String getLogo() {
        return logo;
    }

    public void setLogo(String logo) {
        this.logo = logo == null ? "" : logo.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public void setEnterpriseNumber(String enterpriseNumber) {
        this.enterpriseNumber = enterpriseNumber;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    /** The BIC as configured, compacted ({@code gkcc bebb} is GKCCBEBB); {@code null} when none. */
    public String getBic() {
        String compact = Pasted.compact(bic);
        return compact == null || compact.isEmpty() ? null : compact;
    }

    public void setBic(String bic) {
        this.bic = bic;
    }

    public String getFooter() {
        return footer;
    }

    public void setFooter(String footer) {
        this.footer = footer;
    }

    public int getPaymentTermDays() {
        return paymentTermDays;
    }

    public void setPaymentTermDays(int paymentTermDays) {
        this.paymentTermDays = paymentTermDays;
    }

    public BigDecimal getContributionPercent() {
        return contributionPercent;
    }

    public void setContributionPercent(BigDecimal contributionPercent) {
        this.contributionPercent = contributionPercent;
    }
}
