package be.actraject.domain.einvoice;

import com.helger.ubl21.UBL21Marshaller;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AllowanceChargeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.FinancialAccountType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.AmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentMeansCodeType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Writes an invoice or credit note as a Peppol BIS Billing 3.0 document in UBL 2.1: the structured e-invoice that
 * Belgian B2B invoices must be since 1 January 2026. Each zero-rate subtotal carries its mention (BT-120) and VATEX
 * code (BT-121); a credit note carries no payment means. The tests validate what it writes against the official
 * Peppol rules.
 */
public final class UblDocuments {

    static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    static final String CURRENCY = "EUR";
    /** A discount (UNCL 5189), and the words the invoice, in Dutch like the rest of it, shows for it. */
    static final String DISCOUNT_CODE = "95";
    static final String DISCOUNT_REASON = "Korting";
    /** SEPA credit transfer (UNCL 4461). */
    static final String CREDIT_TRANSFER = "58";

    private UblDocuments() {
    }

    /** The document as UTF-8 XML. */
    public static byte[] write(EInvoice invoice) {
        String xml = invoice.kind() == EInvoice.Kind.INVOICE
                ? UBL21Marshaller.invoice().setFormattedOutput(true).getAsString(invoiceOf(invoice))
                : UBL21Marshaller.creditNote().setFormattedOutput(true).getAsString(creditNoteOf(invoice));
        if (xml == null) {
            throw new IllegalStateException("UBL document " + invoice.number() + " could not be written");
        }
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static InvoiceType invoiceOf(EInvoice e) {
        InvoiceType doc = new InvoiceType();
        doc.setCustomizationID(CUSTOMIZATION);
        doc.setProfileID(PROFILE);
        doc.setID(e.number());
        doc.setIssueDate(e.issueDate());
        if (e.dueDate() != null) {
            doc.setDueDate(e.dueDate());
        }
        doc.setInvoiceTypeCode(e.kind().typeCode());
        if (e.note() != null) {
            doc.addNote(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType(e.note()));
        }
        doc.setDocumentCurrencyCode(CURRENCY);
        doc.setBuyerReference(e.buyerReference());
        UblSupply.period(e.supply()).ifPresent(doc::addInvoicePeriod);
        doc.setAccountingSupplierParty(UblParties.supplier(e.seller(), withVatIds(e)));
        doc.setAccountingCustomerParty(UblParties.customer(e.buyer(), withVatIds(e)));
        UblSupply.delivery(e.supply()).ifPresent(doc::addDelivery);
        if (e.iban() != null) {
            doc.addPaymentMeans(paymentMeans(e));
        }
        Totals totals = e.totals();
        doc.addTaxTotal(taxTotal(totals));
        doc.setLegalMonetaryTotal(monetaryTotal(totals));
        int n = 1;
        for (Line line : e.lines()) {
            InvoiceLineType ubl = new InvoiceLineType();
            ubl.setID(Integer.toString(n++));
            ubl.setInvoicedQuantity(line.quantity()).setUnitCode(line.unitCode());
            ubl.setLineExtensionAmount(line.netAmount()).setCurrencyID(CURRENCY);
            discount(line, ubl::addAllowanceCharge);
            ubl.setItem(item(line));
            ubl.setPrice(price(line));
            doc.addInvoiceLine(ubl);
        }
        return doc;
    }

    private static CreditNoteType creditNoteOf(EInvoice e) {
        CreditNoteType doc = new CreditNoteType();
        doc.setCustomizationID(CUSTOMIZATION);
        doc.setProfileID(PROFILE);
        doc.setID(e.number());
        doc.setIssueDate(e.issueDate());
        doc.setCreditNoteTypeCode(e.kind().typeCode());
        if (e.note() != null) {
            doc.addNote(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType(e.note()));
        }
        doc.setDocumentCurrencyCode(CURRENCY);
        doc.setBuyerReference(e.buyerReference());
        UblSupply.period(e.supply()).ifPresent(doc::addInvoicePeriod);
        doc.addBillingReference(billingReference(e));
        doc.setAccountingSupplierParty(UblParties.supplier(e.seller(), withVatIds(e)));
        doc.setAccountingCustomerParty(UblParties.customer(e.buyer(), withVatIds(e)));
        UblSupply.delivery(e.supply()).ifPresent(doc::addDelivery);
        // No payment means: a credit note is paid back by the cooperative, not paid to its account (no BG-16/BG-17).
        Totals totals = e.totals();
        doc.addTaxTotal(taxTotal(totals));
        doc.setLegalMonetaryTotal(monetaryTotal(totals));
        int n = 1;
        for (Line line : e.lines()) {
            doc.addCreditNoteLine(creditNoteLine(line, n++));
        }
        return doc;
    }

    /** The invoice a credit note corrects (BG-3), by number and, where known, its issue date. */
    private static BillingReferenceType billingReference(EInvoice e) {
        BillingReferenceType billing = new BillingReferenceType();
        DocumentReferenceType preceding = new DocumentReferenceType();
        preceding.setID(e.precedingNumber());
        if (e.precedingIssued() != null) {
            preceding.setIssueDate(e.precedingIssued());
        }
        billing.setInvoiceDocumentReference(preceding);
        return billing;
    }

    /** Line {@code n} (from 1) of a credit note. */
    private static CreditNoteLineType creditNoteLine(Line line, int n) {
        CreditNoteLineType ubl = new CreditNoteLineType();
        ubl.setID(Integer.toString(n));
        ubl.setCreditedQuantity(line.quantity()).setUnitCode(line.unitCode());
        ubl.setLineExtensionAmount(line.netAmount()).setCurrencyID(CURRENCY);
        discount(line, ubl::addAllowanceCharge);
        ubl.setItem(item(line));
        ubl.setPrice(price(line));
        return ubl;
    }

    /**
     * EN 16931 BR-O-02: an invoice with a line not subject to VAT (category O) names neither the seller's nor the
     * buyer's VAT identifier; the seller stays identified by its enterprise number (BT-30, BR-CO-26).
     */
    private static boolean withVatIds(EInvoice e) {
        return e.lines().stream().noneMatch(l -> l.rate().category() == VatCategory.NOT_SUBJECT);
    }

    private static PaymentMeansType paymentMeans(EInvoice e) {
        PaymentMeansType means = new PaymentMeansType();
        PaymentMeansCodeType code = new PaymentMeansCodeType();
        code.setValue(CREDIT_TRANSFER);
        means.setPaymentMeansCode(code);
        if (e.communication() != null) {
            means.addPaymentID(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentIDType(
                    e.communication().formatted()));
        }
        FinancialAccountType account = new FinancialAccountType();
        account.setID(e.iban().value());
        if (e.bic() != null) {
            oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BranchType branch =
                    new oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BranchType();
            branch.setID(e.bic());
            account.setFinancialInstitutionBranch(branch);
        }
        means.setPayeeFinancialAccount(account);
        return means;
    }

    private static TaxTotalType taxTotal(Totals totals) {
        TaxTotalType taxTotal = new TaxTotalType();
        taxTotal.setTaxAmount(totals.vatTotal()).setCurrencyID(CURRENCY);
        for (Totals.Subtotal s : totals.breakdown()) {
            TaxSubtotalType sub = new TaxSubtotalType();
            sub.setTaxableAmount(s.taxable()).setCurrencyID(CURRENCY);
            sub.setTaxAmount(s.vat()).setCurrencyID(CURRENCY);
            TaxCategoryType category = category(s.rate());
            if (s.rate().exemptionReason() != null) {
                category.addTaxExemptionReason(
                        new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExemptionReasonType(
                                s.rate().exemptionReason()));
            }
            if (s.rate().exemptionCode() != null) {
                category.setTaxExemptionReasonCode(s.rate().exemptionCode());
            }
            sub.setTaxCategory(category);
            taxTotal.addTaxSubtotal(sub);
        }
        return taxTotal;
    }

    private static MonetaryTotalType monetaryTotal(Totals totals) {
        MonetaryTotalType total = new MonetaryTotalType();
        total.setLineExtensionAmount(totals.lineTotal()).setCurrencyID(CURRENCY);
        total.setTaxExclusiveAmount(totals.lineTotal()).setCurrencyID(CURRENCY);
        total.setTaxInclusiveAmount(totals.payable()).setCurrencyID(CURRENCY);
        total.setPayableAmount(totals.payable()).setCurrencyID(CURRENCY);
        return total;
    }

    private static void discount(Line line, Consumer<AllowanceChargeType> add) {
        if (!line.hasDiscount()) {
            return;
        }
        AllowanceChargeType allowance = new AllowanceChargeType();
        allowance.setChargeIndicator(false);
        allowance.setAllowanceChargeReasonCode(DISCOUNT_CODE);
        allowance.addAllowanceChargeReason(
                new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.AllowanceChargeReasonType(
                        DISCOUNT_REASON));
        allowance.setMultiplierFactorNumeric(line.discountPercent());
        AmountType amount = allowance.setAmount(line.discountAmount());
        amount.setCurrencyID(CURRENCY);
        allowance.setBaseAmount(line.grossAmount()).setCurrencyID(CURRENCY);
        add.accept(allowance);
    }

    private static ItemType item(Line line) {
        ItemType item = new ItemType();
        item.setName(line.description().length() > 100 ? line.description().substring(0, 100) : line.description());
        if (line.description().length() > 100) {
            item.addDescription(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.DescriptionType(
                    line.description()));
        }
        item.addClassifiedTaxCategory(category(line.rate()));
        return item;
    }

    private static PriceType price(Line line) {
        PriceType price = new PriceType();
        price.setPriceAmount(line.unitPrice()).setCurrencyID(CURRENCY);
        return price;
    }

    private static TaxCategoryType category(TaxRate rate) {
        TaxCategoryType category = new TaxCategoryType();
        category.setID(rate.category().code());
        // BR-O-05, BR-O-09: a supply not subject to VAT has no rate at all, not a rate of zero.
        if (rate.category() != VatCategory.NOT_SUBJECT) {
            category.setPercent(rate.percent());
        }
        category.setTaxScheme(vat());
        return category;
    }

    static TaxSchemeType vat() {
        TaxSchemeType scheme = new TaxSchemeType();
        scheme.setID("VAT");
        return scheme;
    }
}
