package be.actraject.domain.einvoice;

/**
 * The mention a credit note must carry so that the cooperative may recover the VAT it credits: the customer repays to
 * the State the VAT it deducted on the corrected invoice (W.btw art. 79; KB nr. 4 art. 4, § 1). Without it the VAT
 * administration may refuse the restitution. In Dutch, like the zero-rate mentions: the language of the invoice.
 */
public final class CreditNoteMention {

    public static final String VAT_TO_REPAY =
            "Btw terug te storten aan de Staat in de mate waarin ze oorspronkelijk in aftrek werd gebracht.";

    /**
     * Whether a credit note carries {@link #VAT_TO_REPAY}: only where there is VAT to repay, that is a customer with
     * a VAT number (one who may have deducted it) and VAT charged on the credit note. A consumer deducted nothing, and
     * a credit note at 0 % only (exempt, reverse charge, export) credits no VAT.
     */
    public static boolean appliesTo(EInvoice document) {
        return document.isCreditNote() && document.buyer().vatNumber() != null
                && document.totals().vatTotal().signum() != 0;
    }

    private CreditNoteMention() {
    }
}
