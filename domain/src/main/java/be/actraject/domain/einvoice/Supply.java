package be.actraject.domain.einvoice;

import java.time.LocalDate;

/**
 * When, where and — for the domestic reverse charge — what was supplied, as the invoice says it (KB nr. 1 art. 5 § 1,
 * 6°: the date of the supply when it is not the invoice's date).
 *
 * @param deliveryDate     the actual delivery date (EN 16931 BT-72), or null
 * @param periodStart      the first day of the invoicing period (BT-73), or null
 * @param periodEnd        the last day of the invoicing period (BT-74), or null; not before the first (BR-29)
 * @param deliverToCountry where the goods went, ISO 3166-1 alpha-2 (BT-80), or null
 * @param work             for the domestic reverse charge: the kind of work (KB nr. 1 art. 20), or null
 * @param kind             goods or services, which decides where the supply is taxed ({@link SupplyKind});
 *                         services when not said
 */
public record Supply(LocalDate deliveryDate, LocalDate periodStart, LocalDate periodEnd, String deliverToCountry,
                     ReverseChargeWork work, SupplyKind kind) {

    /** Nothing said about the supply. */
    public static final Supply NONE = new Supply(null, null, null, null, null, SupplyKind.SERVICES);

    /** A supply of services ({@link SupplyKind#SERVICES}). */
    public Supply(LocalDate deliveryDate, LocalDate periodStart, LocalDate periodEnd, String deliverToCountry,
                  ReverseChargeWork work) {
        this(deliveryDate, periodStart, periodEnd, deliverToCountry, work, SupplyKind.SERVICES);
    }

    public Supply {
        kind = kind == null ? SupplyKind.SERVICES : kind;
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            throw new InvalidInvoiceException(InvalidInvoiceException.Reason.SUPPLY_PERIOD, periodEnd.toString());
        }
        deliverToCountry = deliverToCountry == null || deliverToCountry.isBlank() ? null : deliverToCountry.strip();
        if (deliverToCountry != null && !Countries.isAssigned(deliverToCountry)) {
            throw new InvalidInvoiceException(InvalidInvoiceException.Reason.SUPPLY_COUNTRY, deliverToCountry);
        }
    }

    /** Whether the supply's date is known: a delivery date or a whole invoicing period (BR-IC-11). */
    public boolean dated() {
        return deliveryDate != null || (periodStart != null && periodEnd != null);
    }

    /** Whether an invoicing period (BG-14) is said, even half of one. */
    public boolean hasPeriod() {
        return periodStart != null || periodEnd != null;
    }

    /** Whether the UBL document carries a {@code cac:Delivery} (BG-13). */
    public boolean hasDelivery() {
        return deliveryDate != null || deliverToCountry != null;
    }

    /** The same supply, sent to this country when none is said. */
    public Supply deliveredToByDefault(String countryCode) {
        return deliverToCountry != null ? this
                : new Supply(deliveryDate, periodStart, periodEnd, countryCode, work, kind);
    }

    /** The same supply, of this kind. */
    public Supply ofKind(SupplyKind newKind) {
        return new Supply(deliveryDate, periodStart, periodEnd, deliverToCountry, work, newKind);
    }
}
