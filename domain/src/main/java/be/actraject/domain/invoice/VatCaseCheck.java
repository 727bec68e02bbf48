package be.actraject.domain.invoice;

import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.einvoice.EuMemberStates;
import be.actraject.domain.einvoice.Supply;
import be.actraject.domain.einvoice.SupplyKind;
import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.einvoice.VatCase;
import be.actraject.domain.invoice.VatCaseRefusedException.Reason;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether the cooperative may invoice this customer at these rates for this supply: the conditions of each VAT case
 * ({@link VatCase}) on the customer and the supply, checked before an invoice or credit note is submitted, so that no
 * invoice reaches approval that could not be issued with its documents. Pure: no database, no clock.
 */
public final class VatCaseCheck {

    private static final String BELGIUM = "BE";

    private VatCaseCheck() {
    }

    /**
     * @param customer the recorded customer, or null for one known by name only
     * @param rates    the rates of the lines
     * @param supply   what the draft says of the supply
     * @return the supply as the documents will say it: for an intra-community supply or an export without a
     *         deliver-to country, the customer's country
     * @throws VatCaseRefusedException naming the first condition that does not hold
     */
    public static Supply check(Customer customer, List<TaxRate> rates, Supply supply) {
        Supply said = checkCases(customer, rates, supply == null ? Supply.NONE : supply, true);
        boolean domesticReverseCharge = rates.stream().anyMatch(r -> r.vatCase() == VatCase.REVERSE_CHARGE_DOMESTIC);
        // The kind of work is kept only where it is the condition of the reverse charge.
        return domesticReverseCharge || said.work() == null ? said : new Supply(said.deliveryDate(),
                said.periodStart(), said.periodEnd(), said.deliverToCountry(), null, said.kind());
    }

    /**
     * Whether a quote may offer this customer these rates for this kind of supply: the conditions of {@link #check}
     * on the customer, the rates and the kind of supply, so that an accepted quote can become an invoice. Not those on
     * what only the invoice can say: a quote comes before the supply, so the supply's date (EN 16931 BR-IC-11, KB nr. 1
     * art. 5 § 1, 6°) is not known yet, and the kind of work of a domestic reverse charge is said on the invoice that
     * carries its mention (KB nr. 1 art. 20). Goods sent abroad are taken to go to the customer's country, as on an
     * invoice that names no other.
     *
     * @param customer the recorded customer, or null for one known by name only
     * @param rates    the rates of the lines
     * @param kind     goods or services; services when null
     * @throws VatCaseRefusedException naming the first condition that does not hold
     */
    public static void checkOffer(Customer customer, List<TaxRate> rates, SupplyKind kind) {
        checkCases(customer, rates, Supply.NONE.ofKind(kind), false);
    }

    /** The checks shared by invoices and quotes; {@code invoice} adds those on what only an invoice says. */
    private static Supply checkCases(Customer customer, List<TaxRate> rates, Supply supply, boolean invoice) {
        Objects.requireNonNull(rates, "rates");
        requireLegalCustomer(customer);
        requireOneMentionPerCategory(rates);
        requireNotSubjectAlone(rates);
        boolean goodsAbroad = rates.stream().anyMatch(r -> r.vatCase() == VatCase.INTRA_COMMUNITY_SUPPLY
                || r.vatCase() == VatCase.EXPORT);
        Supply said = goodsAbroad ? supply.deliveredToByDefault(customer.getCountryCode()) : supply;
        for (VatCase vatCase : rates.stream().map(TaxRate::vatCase).distinct().toList()) {
            check(vatCase, customer, said, invoice);
        }
        return said;
    }

    private static void requireLegalCustomer(Customer customer) {
        if (customer == null) {
            throw new VatCaseRefusedException(Reason.NO_CUSTOMER);
        }
        if (blank(customer.getName()) || blank(customer.getStreet()) || blank(customer.getPostalCode())
                || blank(customer.getCity()) || blank(customer.getCountryCode())) {
            throw new VatCaseRefusedException(Reason.CUSTOMER_ADDRESS);
        }
        // A business outside the EU may have no VAT number at all; elsewhere a business is identified by it.
        boolean outsideEu = customer.getKind() == CustomerKind.FOREIGN_BUSINESS
                && !EuMemberStates.contains(customer.getCountryCode());
        // A Belgian business not registered for VAT is identified by its enterprise number, and has no VAT number.
        if (customer.getKind() == CustomerKind.FOREIGN_BUSINESS && !outsideEu && blank(customer.getVatNumber())) {
            throw new VatCaseRefusedException(Reason.CUSTOMER_VAT_NUMBER);
        }
    }

    private static void requireOneMentionPerCategory(List<TaxRate> rates) {
        Map<String, String> mentions = new HashMap<>();
        for (TaxRate rate : rates) {
            String earlier = mentions.putIfAbsent(rate.breakdownKey(), Objects.toString(rate.exemptionReason(), ""));
            if (earlier != null && !earlier.equals(Objects.toString(rate.exemptionReason(), ""))) {
                throw new VatCaseRefusedException(Reason.MIXED_MENTIONS);
            }
        }
    }

    /** EN 16931 BR-O-11 to BR-O-14: an invoice with category O has that one VAT breakdown row and no other. */
    private static void requireNotSubjectAlone(List<TaxRate> rates) {
        boolean notSubject = rates.stream().anyMatch(r -> r.vatCase() == VatCase.NOT_SUBJECT);
        if (notSubject && rates.stream().anyMatch(r -> r.vatCase() != VatCase.NOT_SUBJECT)) {
            throw new VatCaseRefusedException(Reason.NOT_SUBJECT_MIXED);
        }
    }

    private static void check(VatCase vatCase, Customer customer, Supply supply, boolean invoice) {
        CustomerKind kind = customer.getKind();
        boolean otherMemberState = kind == CustomerKind.FOREIGN_BUSINESS
                && EuMemberStates.contains(customer.getCountryCode()) && !BELGIUM.equals(customer.getCountryCode());
        boolean outsideEu = kind == CustomerKind.FOREIGN_BUSINESS && !EuMemberStates.contains(customer.getCountryCode());
        switch (vatCase) {
            // VAT charged: any customer, but a service to a business abroad is taxed where it is established
            // (W.btw art. 21 § 2) unless art. 21 § 3 places it in Belgium; a consumer's is taxed here (art. 21bis).
            case STANDARD -> refuseUnless(!(otherMemberState || outsideEu) || supply.kind() != SupplyKind.SERVICES,
                    Reason.SERVICES_ABROAD);
            case EXEMPT -> refuseUnless(kind != CustomerKind.FOREIGN_BUSINESS, Reason.EXEMPT_ABROAD);
            case REVERSE_CHARGE_DOMESTIC -> {
                // KB nr. 1 art. 20: only to a taxable person filing periodic returns, not to any enterprise number.
                refuseUnless(kind == CustomerKind.BELGIAN_BUSINESS && customer.isVatRegistered(),
                        Reason.REVERSE_CHARGE_CUSTOMER);
                refuseUnless(!invoice || supply.work() != null, Reason.REVERSE_CHARGE_WORK);
            }
            case REVERSE_CHARGE_EU_SERVICES -> refuseUnless(otherMemberState, Reason.EU_SERVICES_CUSTOMER);
            case INTRA_COMMUNITY_SUPPLY -> {
                refuseUnless(otherMemberState, Reason.INTRA_COMMUNITY_CUSTOMER);
                refuseUnless(!invoice || supply.dated(), Reason.SUPPLY_DATE);
                refuseUnless(EuMemberStates.contains(supply.deliverToCountry())
                        && !BELGIUM.equals(supply.deliverToCountry()), Reason.INTRA_COMMUNITY_DESTINATION);
            }
            case EXPORT -> refuseUnless(supply.deliverToCountry() != null
                    && !EuMemberStates.contains(supply.deliverToCountry()), Reason.EXPORT_DESTINATION);
            case NOT_SUBJECT -> refuseUnless(outsideEu, Reason.NOT_SUBJECT_CUSTOMER);
        }
        // Who the customer is decides first; then whether goods or services fit the case.
        refuseUnless(!VatCase.GOODS_ONLY.contains(vatCase) || supply.kind() == SupplyKind.GOODS,
                Reason.SUPPLY_KIND_GOODS);
        refuseUnless(!VatCase.SERVICES_ONLY.contains(vatCase) || supply.kind() == SupplyKind.SERVICES,
                Reason.SUPPLY_KIND_SERVICES);
    }

    private static void refuseUnless(boolean holds, Reason reason) {
        if (!holds) {
            throw new VatCaseRefusedException(reason);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
