package be.actraject.web.customer;

import be.actraject.domain.belgium.EnterpriseNumber;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.CustomerLanguage;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/** A customer as typed; the numbers are checked by the domain, beside the field they concern. */
public class CustomerForm {

    @NotNull
    private CustomerKind kind = CustomerKind.BELGIAN_BUSINESS;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    @Size(max = 200)
    private String street;
    @NotBlank
    @Size(max = 20)
    private String postalCode;
    @NotBlank
    @Size(max = 100)
    private String city;
    @NotBlank
    @Pattern(regexp = "[A-Za-z]{2}")
    @Size(max = 2)
    private String countryCode = "BE";
    /** Room for what people paste: spaces, dots and "BE" around the ten digits. */
    @Size(max = 40)
    private String enterpriseNumber;
    @Size(max = 40)
    private String vatNumber;
    @Size(max = 55)
    private String peppolId;
    @Email
    @Size(max = 200)
    // Not çağrı@…: plain SMTP cannot carry a local part outside ASCII (MailAddresses); a domain may be any script.
    @Pattern(regexp = "[\\x21-\\x7E]+@\\S+|\\s*")
    private String email;
    /** Btw-plichtig (files periodic VAT returns); only asked of a Belgian business. */
    private boolean vatRegistered = true;
    /** The language of its invoices and mails; most customers of a Flemish cooperative read Dutch. */
    @NotNull
    private CustomerLanguage language = CustomerLanguage.NL;

    /**
     * The form filled with a recorded customer, to correct it. A Belgian business's Peppol id is left empty when it
     * is the default one (0208 and its enterprise number), as it was typed then.
     */
    static CustomerForm of(Customer customer) {
        CustomerForm form = new CustomerForm();
        form.kind = customer.getKind();
        form.name = customer.getName();
        form.street = customer.getStreet();
        form.postalCode = customer.getPostalCode();
        form.city = customer.getCity();
        form.countryCode = customer.getCountryCode();
        form.enterpriseNumber = customer.getEnterpriseNumber();
        form.vatNumber = customer.getKind() == CustomerKind.BELGIAN_BUSINESS ? null : customer.getVatNumber();
        boolean defaultPeppol = customer.getKind() == CustomerKind.BELGIAN_BUSINESS
                && EnterpriseNumber.PEPPOL_SCHEME.equals(customer.getPeppolScheme());
        form.peppolId = customer.getPeppolId() == null || defaultPeppol ? null
                : customer.getPeppolScheme() + ":" + customer.getPeppolId();
        form.email = customer.getEmail();
        form.vatRegistered = customer.getKind() != CustomerKind.BELGIAN_BUSINESS || customer.isVatRegistered();
        form.language = customer.getLanguage();
        return form;
    }

    CustomerDetails toDetails() {
        return new CustomerDetails(kind, name, street, postalCode, city,
                countryCode == null ? null : countryCode.strip().toUpperCase(Locale.ROOT), enterpriseNumber,
                vatNumber, peppolId, email, kind == CustomerKind.BELGIAN_BUSINESS ? vatRegistered : vatNumber != null
                        && !vatNumber.isBlank(), language);
    }

    public CustomerLanguage getLanguage() {
        return language;
    }

    public void setLanguage(CustomerLanguage language) {
        this.language = language;
    }

    public boolean isVatRegistered() {
        return vatRegistered;
    }

    public void setVatRegistered(boolean vatRegistered) {
        this.vatRegistered = vatRegistered;
    }

    public CustomerKind getKind() {
        return kind;
    }

    public void setKind(CustomerKind kind) {
        this.kind = kind;
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

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public void setEnterpriseNumber(String enterpriseNumber) {
        this.enterpriseNumber = enterpriseNumber;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        this.vatNumber = vatNumber;
    }

    public String getPeppolId() {
        return peppolId;
    }

    public void setPeppolId(String peppolId) {
        this.peppolId = peppolId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
