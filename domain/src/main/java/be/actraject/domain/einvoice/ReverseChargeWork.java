package be.actraject.domain.einvoice;

/**
 * The kind of work a domestic reverse charge is for (W.btw art. 51 § 2, first paragraph, 5°; KB nr. 1 art. 20): only
 * work on immovable property and the operations KB nr. 1 art. 20 treats as such shift the VAT to a Belgian
 * co-contractant who files periodic returns. Any other service or supply is invoiced with VAT.
 */
public enum ReverseChargeWork {
    /** Work on immovable property: building, converting, finishing, repairing, maintaining… (W.btw art. 19 § 2). */
    WORK_ON_IMMOVABLE_PROPERTY,
    /**
     * A supply with installation that KB nr. 1 art. 20 treats as such work: heating, sanitary or electrical
     * installations, alarms, fitted cupboards and the like, fixed to a building.
     */
    INSTALLATION_FIXED_TO_BUILDING
}
