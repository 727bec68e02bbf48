package be.actraject.domain.customer;

import be.actraject.domain.belgium.EnterpriseNumber;
import be.actraject.domain.candidate.SearchKeys;
import be.actraject.domain.einvoice.Party;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** A customer of a candidate's activity, checked when recorded. */
@Entity
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    @Enumerated(EnumType.STRING)
    private CustomerKind kind;
    private String name;
    /** The name folded for the search ({@link SearchKeys#searchWords}, V48). */
    private String searchName;
    private String street;
    private String postalCode;
    private String city;
    private String countryCode;
    private String enterpriseNumber;
    private String vatNumber;
    /** Whether the customer is a VAT-registered business (files periodic returns); see {@link #isVatRegistered()}. */
    private boolean vatRegistered;
    private String peppolScheme;
    private String peppolId;
    private String email;
    /** Stored as its code ({@link CustomerLanguage#code()}, nl, fr, en), as the migration gives existing rows. */
    private String language;
    private String createdBy;
    private Instant createdAt;

    protected Customer() {
    }

    Customer(Long trajectoryId, CustomerDetails details, EnterpriseNumber number, String vatNumber,
             String peppolScheme, String peppolId, String createdBy, Instant createdAt) {
        this.trajectoryId = trajectoryId;
        apply(details, number, vatNumber, peppolScheme, peppolId);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * The customer as corrected (a new address, a typo in the name): the same checks as when it was recorded have
     * passed ({@link Customers#change}); who recorded it and when stay as they were.
     */
    void change(CustomerDetails details, EnterpriseNumber number, String vatNumber, String peppolScheme,
                String peppolId) {
        apply(details, number, vatNumber, peppolScheme, peppolId);
    }

    private void apply(CustomerDetails details, EnterpriseNumber number, String vatNumber, String peppolScheme,
                       String peppolId) {
        this.kind = details.kind();
        this.name = details.name().strip();
        this.searchName = SearchKeys.searchWords(this.name);
        this.street = details.street().strip();
        this.postalCode = details.postalCode().strip();
        this.city = details.city().strip();
        this.countryCode = details.countryCode();
        this.enterpriseNumber = number == null ? null : number.digits();
        this.vatNumber = vatNumber;
        // A Belgian business is given a VAT number only when it is registered (Customers.add); abroad, having one is it.
        this.vatRegistered = vatNumber != null;
        this.peppolScheme = peppolScheme;
        this.peppolId = peppolId;
        this.email = details.email() == null || details.email().isBlank() ? null : details.email().strip();
        this.language = (details.language() == null ? CustomerLanguage.NL : details.language()).code();
    }

    /** The customer as the buyer on an e-invoice. */
    public Party asBuyer() {
        return new Party(name, street, postalCode, city, countryCode,
                enterpriseNumber == null ? null : new EnterpriseNumber(enterpriseNumber), vatNumber, peppolScheme,
                peppolId);
    }

    /** Whether an e-invoice can reach the customer over Peppol. */
    public boolean reachableOnPeppol() {
        return peppolId != null;
    }

    /**
     * Whether the customer is a VAT-registered business: for a Belgian one, btw-plichtig and filing periodic returns
     * (the condition of the domestic reverse charge, KB nr. 1 art. 20); abroad, one with a VAT number.
     */
    public boolean isVatRegistered() {
        return vatRegistered;
    }

    public Long getId() {
        return id;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public CustomerKind getKind() {
        return kind;
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

    public String getCountryCode() {
        return countryCode;
    }

    /** As printed (0566.988.259), or null. */
    public String getEnterpriseNumber() {
        return enterpriseNumber == null ? null : new EnterpriseNumber(enterpriseNumber).formatted();
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public String getPeppolScheme() {
        return peppolScheme;
    }

    public String getPeppolId() {
        return peppolId;
    }

    public String getEmail() {
        return email;
    }

    /** The language its invoices, credit notes and reminders are written in. */
    public CustomerLanguage getLanguage() {
        return CustomerLanguage.ofCode(language);
    }
}
