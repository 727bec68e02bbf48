package be.actraject.domain.invoice;

import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.CustomerFixtures;
import be.actraject.domain.einvoice.ReverseChargeWork;
import be.actraject.domain.einvoice.Supply;
import be.actraject.domain.einvoice.SupplyKind;
import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.einvoice.VatCase;
import be.actraject.domain.einvoice.VatCategory;
import be.actraject.domain.invoice.VatCaseRefusedException.Reason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static be.actraject.domain.einvoice.SupplyKind.GOODS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The conditions of each VAT case on the customer and the supply, before an invoice reaches approval. */
class VatCaseCheckTest {

    static final TaxRate VAT_21 = TaxRate.standard("21");
    static final TaxRate ART_44 = zero("0-art44", VatCategory.EXEMPT, "Vrijgesteld van btw, art. 44 W.btw",
            VatCase.EXEMPT);
    static final TaxRate CO_CONTRACTANT = zero("0-medecontractant", VatCategory.REVERSE_CHARGE,
            "Verlegging van heffing.", VatCase.REVERSE_CHARGE_DOMESTIC);
    static final TaxRate EU_SERVICES = zero("0-eu-diensten", VatCategory.REVERSE_CHARGE,
            "Verlegging van heffing, art. 21 § 2 W.btw", VatCase.REVERSE_CHARGE_EU_SERVICES);
    static final TaxRate INTRA_COMMUNITY = zero("0-icl", VatCategory.INTRA_COMMUNITY,
            "Vrijgestelde intracommunautaire levering, art. 39bis W.btw", VatCase.INTRA_COMMUNITY_SUPPLY);
    static final TaxRate EXPORT = zero("0-uitvoer", VatCategory.EXPORT, "Uitvoer — vrijgesteld, art. 39 W.btw",
            VatCase.EXPORT);
    static final TaxRate NOT_SUBJECT = zero("0-buiten-eu-diensten", VatCategory.NOT_SUBJECT,
            "Niet onderworpen aan de Belgische btw, art. 21, § 2 W.btw", VatCase.NOT_SUBJECT);
    static final LocalDate DELIVERED = LocalDate.of(2026, 11, 20);
    static final Supply GOODS_UNDATED = Supply.NONE.ofKind(GOODS);

    private static TaxRate zero(String code, VatCategory category, String reason, VatCase vatCase) {
        return new TaxRate(code, category, BigDecimal.ZERO, reason, null, vatCase);
    }

    private static Reason refusal(Customer customer, TaxRate rate, Supply supply) {
        try {
            VatCaseCheck.check(customer, List.of(rate), supply);
            return null;
        } catch (VatCaseRefusedException e) {
            return e.reason();
        }
    }

    @Test
    void aCustomerKnownByNameAloneCannotBeInvoiced() {
        assertThatThrownBy(() -> VatCaseCheck.check(null, List.of(VAT_21), Supply.NONE))
                .isInstanceOfSatisfying(VatCaseRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_CUSTOMER));
    }

    @Test
    void aBusinessOutsideTheEuNeedsNoVatNumberOneInTheEuDoes() {
        Supply exported = new Supply(DELIVERED, null, null, "US", null, GOODS);

        assertThat(refusal(CustomerFixtures.company("US", null), EXPORT, exported)).isNull();
        assertThat(refusal(CustomerFixtures.company("CH", "CHE-116.281.710 MWST"), EXPORT,
                new Supply(DELIVERED, null, null, "CH", null, GOODS))).isNull();
        assertThat(refusal(CustomerFixtures.company("NL", null), EU_SERVICES, Supply.NONE))
                .isEqualTo(Reason.CUSTOMER_VAT_NUMBER);
    }

    @Test
    void theDomesticReverseChargeNeedsABelgianCompanyRegisteredForVat() {
        Supply work = new Supply(DELIVERED, null, null, null, ReverseChargeWork.WORK_ON_IMMOVABLE_PROPERTY);
        Customer enterpriseNumberOnly = CustomerFixtures.belgianCompanyNotRegisteredForVat();

        assertThat(refusal(enterpriseNumberOnly, CO_CONTRACTANT, work)).isEqualTo(Reason.REVERSE_CHARGE_CUSTOMER);
        assertThat(refusal(enterpriseNumberOnly, VAT_21, work)).as("invoiced with Belgian VAT, it needs no VAT number")
                .isNull();
    }

    @Test
    void theDomesticReverseChargeNeedsABelgianCompanyAndWorkOnABuilding() {
        Supply work = new Supply(null, null, null, null, ReverseChargeWork.WORK_ON_IMMOVABLE_PROPERTY);

        assertThat(refusal(CustomerFixtures.belgianCompany(), CO_CONTRACTANT, work)).isNull();
        assertThat(refusal(CustomerFixtures.belgianCompany(), CO_CONTRACTANT, Supply.NONE))
                .isEqualTo(Reason.REVERSE_CHARGE_WORK);
        assertThat(refusal(CustomerFixtures.company("NL", "NL812345603B01"), CO_CONTRACTANT, work))
                .isEqualTo(Reason.REVERSE_CHARGE_CUSTOMER);
        assertThat(refusal(CustomerFixtures.consumer(), CO_CONTRACTANT, work))
                .isEqualTo(Reason.REVERSE_CHARGE_CUSTOMER);
    }

    @Test
    void anIntraCommunitySupplyNeedsACompanyInAnotherMemberStateItsDateAndADestinationThere() {
        Customer german = CustomerFixtures.company("DE", "DE123456789");
        Supply dated = new Supply(DELIVERED, null, null, null, null, GOODS);

        assertThat(VatCaseCheck.check(german, List.of(INTRA_COMMUNITY), dated).deliverToCountry())
                .as("sent to the customer's country unless said otherwise").isEqualTo("DE");
        assertThat(refusal(german, INTRA_COMMUNITY, GOODS_UNDATED)).isEqualTo(Reason.SUPPLY_DATE);
        assertThat(refusal(german, INTRA_COMMUNITY, new Supply(null, DELIVERED, DELIVERED.plusDays(9), null, null,
                GOODS))).as("an invoicing period dates it too").isNull();
        assertThat(refusal(german, INTRA_COMMUNITY, new Supply(DELIVERED, null, null, "BE", null, GOODS)))
                .isEqualTo(Reason.INTRA_COMMUNITY_DESTINATION);
        assertThat(refusal(german, INTRA_COMMUNITY, dated.ofKind(SupplyKind.SERVICES)))
                .as("services to a German business are the EU reverse charge").isEqualTo(Reason.SUPPLY_KIND_GOODS);
        assertThat(refusal(CustomerFixtures.company("NO", "NO923609016MVA"), INTRA_COMMUNITY, dated))
                .isEqualTo(Reason.INTRA_COMMUNITY_CUSTOMER);
        assertThat(refusal(CustomerFixtures.belgianCompany(), INTRA_COMMUNITY, dated))
                .isEqualTo(Reason.INTRA_COMMUNITY_CUSTOMER);
    }

    @Test
    void anExportLeavesTheUnionAndTheExemptionStaysInBelgium() {
        assertThat(refusal(CustomerFixtures.company("NO", "NO923609016MVA"), EXPORT, GOODS_UNDATED)).isNull();
        assertThat(refusal(CustomerFixtures.company("NO", "NO923609016MVA"), EXPORT, Supply.NONE))
                .as("only goods are exported").isEqualTo(Reason.SUPPLY_KIND_GOODS);
        assertThat(refusal(CustomerFixtures.company("DE", "DE123456789"), EXPORT, GOODS_UNDATED))
                .isEqualTo(Reason.EXPORT_DESTINATION);
        assertThat(refusal(CustomerFixtures.consumer(), EXPORT, GOODS_UNDATED)).isEqualTo(Reason.EXPORT_DESTINATION);
        assertThat(refusal(CustomerFixtures.consumer(), ART_44, Supply.NONE)).isNull();
        assertThat(refusal(CustomerFixtures.company("DE", "DE123456789"), ART_44, Supply.NONE))
                .isEqualTo(Reason.EXEMPT_ABROAD);
        assertThat(refusal(CustomerFixtures.company("DE", "DE123456789"), EU_SERVICES, Supply.NONE)).isNull();
        assertThat(refusal(CustomerFixtures.company("US", "US12345678"), EU_SERVICES, Supply.NONE))
                .isEqualTo(Reason.EU_SERVICES_CUSTOMER);
    }

    @Test
    void twoZeroRatesOfOneCategoryWithDifferentMentionsCannotShareABreakdownRow() {
        TaxRate otherExemption = zero("0-art44-onderwijs", VatCategory.EXEMPT, "Vrijgesteld, art. 44 § 2, 4° W.btw",
                VatCase.EXEMPT);

        assertThatThrownBy(() -> VatCaseCheck.check(CustomerFixtures.consumer(), List.of(ART_44, otherExemption),
                Supply.NONE)).isInstanceOfSatisfying(VatCaseRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.MIXED_MENTIONS));
    }

    @Test
    void theKindOfWorkIsKeptOnlyForTheDomesticReverseCharge() {
        Supply work = new Supply(DELIVERED, null, null, null, ReverseChargeWork.INSTALLATION_FIXED_TO_BUILDING);

        assertThat(VatCaseCheck.check(CustomerFixtures.consumer(), List.of(VAT_21), work).work()).isNull();
        assertThat(VatCaseCheck.check(CustomerFixtures.belgianCompany(), List.of(CO_CONTRACTANT, VAT_21), work)
                .work()).isEqualTo(ReverseChargeWork.INSTALLATION_FIXED_TO_BUILDING);
    }

    /** W.btw art. 21 § 2: a service to a business is taxed where that business is established, not in Belgium. */
    @Test
    void aServiceToABusinessAbroadCarriesNoBelgianVat() {
        Customer dutch = CustomerFixtures.company("NL", "NL812345603B01");
        Customer norwegian = CustomerFixtures.company("NO", "NO923609016MVA");

        assertThat(refusal(dutch, VAT_21, Supply.NONE)).isEqualTo(Reason.SERVICES_ABROAD);
        assertThat(refusal(norwegian, VAT_21, Supply.NONE)).isEqualTo(Reason.SERVICES_ABROAD);
        assertThat(refusal(dutch, EU_SERVICES, Supply.NONE)).isNull();
        assertThat(refusal(norwegian, NOT_SUBJECT, Supply.NONE)).isNull();
        assertThat(refusal(dutch, VAT_21, GOODS_UNDATED)).as("goods handed over in Belgium: Belgian VAT (art. 14)")
                .isNull();
        assertThat(refusal(norwegian, VAT_21, Supply.NONE.ofKind(SupplyKind.SERVICES_IN_BELGIUM)))
                .as("work on a building in Belgium: taxed here (art. 21 § 3)").isNull();
        assertThat(refusal(CustomerFixtures.consumer(), VAT_21, Supply.NONE)).as("a consumer's: art. 21bis").isNull();
        assertThat(refusal(CustomerFixtures.belgianCompany(), VAT_21, Supply.NONE)).isNull();
        assertThat(refusal(dutch, EU_SERVICES, GOODS_UNDATED)).isEqualTo(Reason.SUPPLY_KIND_SERVICES);
    }

    /** Category O: a business outside the EU only, and alone on its invoice (EN 16931 BR-O-11 to BR-O-14). */
    @Test
    void notSubjectIsForABusinessOutsideTheUnionAloneOnItsInvoice() {
        Customer norwegian = CustomerFixtures.company("NO", "NO923609016MVA");

        assertThat(refusal(CustomerFixtures.company("US", null), NOT_SUBJECT, Supply.NONE)).isNull();
        assertThat(refusal(CustomerFixtures.company("DE", "DE123456789"), NOT_SUBJECT, Supply.NONE))
                .isEqualTo(Reason.NOT_SUBJECT_CUSTOMER);
        assertThat(refusal(CustomerFixtures.belgianCompany(), NOT_SUBJECT, Supply.NONE))
                .isEqualTo(Reason.NOT_SUBJECT_CUSTOMER);
        assertThat(refusal(CustomerFixtures.consumer(), NOT_SUBJECT, Supply.NONE))
                .isEqualTo(Reason.NOT_SUBJECT_CUSTOMER);
        assertThat(refusal(norwegian, NOT_SUBJECT, GOODS_UNDATED)).isEqualTo(Reason.SUPPLY_KIND_SERVICES);
        assertThatThrownBy(() -> VatCaseCheck.check(norwegian, List.of(NOT_SUBJECT, VAT_21),
                Supply.NONE.ofKind(SupplyKind.SERVICES_IN_BELGIUM))).isInstanceOfSatisfying(
                VatCaseRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_SUBJECT_MIXED));
    }

    private static Reason offerRefusal(Customer customer, SupplyKind kind, TaxRate... rates) {
        try {
            VatCaseCheck.checkOffer(customer, List.of(rates), kind);
            return null;
        } catch (VatCaseRefusedException e) {
            return e.reason();
        }
    }

    /** The tester's two quotes (issue 13): what an invoice refuses, a quote may not offer either. */
    @Test
    void aQuoteIsRefusedWhatItsInvoiceWouldBe() {
        Customer norwegian = CustomerFixtures.company("NO", "NO923609016MVA");

        assertThat(offerRefusal(CustomerFixtures.consumer(), GOODS, INTRA_COMMUNITY))
                .isEqualTo(Reason.INTRA_COMMUNITY_CUSTOMER);
        assertThat(offerRefusal(norwegian, SupplyKind.SERVICES, VAT_21)).isEqualTo(Reason.SERVICES_ABROAD);
        assertThat(offerRefusal(norwegian, null, VAT_21)).as("services unless said").isEqualTo(Reason.SERVICES_ABROAD);
        assertThat(offerRefusal(CustomerFixtures.company("DE", "DE123456789"), SupplyKind.SERVICES, INTRA_COMMUNITY))
                .isEqualTo(Reason.SUPPLY_KIND_GOODS);
        assertThat(offerRefusal(CustomerFixtures.company("NL", null), SupplyKind.SERVICES, EU_SERVICES))
                .isEqualTo(Reason.CUSTOMER_VAT_NUMBER);
        assertThat(offerRefusal(norwegian, SupplyKind.SERVICES, NOT_SUBJECT, VAT_21))
                .isEqualTo(Reason.NOT_SUBJECT_MIXED);
        assertThat(offerRefusal(CustomerFixtures.consumer(), GOODS, EXPORT)).isEqualTo(Reason.EXPORT_DESTINATION);
        assertThat(offerRefusal(null, SupplyKind.SERVICES, VAT_21)).isEqualTo(Reason.NO_CUSTOMER);
    }

    /** A quote comes before the supply: its date, and the work of a reverse charge, are the invoice's to say. */
    @Test
    void aQuoteIsNotAskedWhatOnlyItsInvoiceKnows() {
        Customer german = CustomerFixtures.company("DE", "DE123456789");

        assertThat(offerRefusal(german, GOODS, INTRA_COMMUNITY)).as("no delivery date yet").isNull();
        assertThat(refusal(german, INTRA_COMMUNITY, GOODS_UNDATED)).as("but its invoice needs one")
                .isEqualTo(Reason.SUPPLY_DATE);
        assertThat(offerRefusal(CustomerFixtures.belgianCompany(), SupplyKind.SERVICES, CO_CONTRACTANT)).isNull();
        assertThat(offerRefusal(CustomerFixtures.company("NO", "NO923609016MVA"), GOODS, EXPORT)).isNull();
        assertThat(offerRefusal(CustomerFixtures.consumer(), SupplyKind.SERVICES, VAT_21, ART_44)).isNull();
        assertThat(offerRefusal(CustomerFixtures.company("NO", "NO923609016MVA"), SupplyKind.SERVICES_IN_BELGIUM,
                VAT_21)).isNull();
    }
}
