package be.actraject.domain.einvoice;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DeliveryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.LocationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;

import java.util.Optional;

/**
 * The supply's date and place in UBL 2.1 as Peppol BIS Billing 3.0 places them: the invoicing period (BG-14:
 * {@code cac:InvoicePeriod} with BT-73/74) and the delivery (BG-13: {@code cac:Delivery} with the actual delivery date
 * BT-72 and the deliver-to country BT-80 in {@code cac:DeliveryLocation/cac:Address/cac:Country}), which an
 * intra-community supply must carry (EN 16931 BR-IC-11, BR-IC-12).
 */
final class UblSupply {

    private UblSupply() {
    }

    static Optional<PeriodType> period(Supply supply) {
        if (!supply.hasPeriod()) {
            return Optional.empty();
        }
        PeriodType period = new PeriodType();
        if (supply.periodStart() != null) {
            period.setStartDate(supply.periodStart());
        }
        if (supply.periodEnd() != null) {
            period.setEndDate(supply.periodEnd());
        }
        return Optional.of(period);
    }

    static Optional<DeliveryType> delivery(Supply supply) {
        if (!supply.hasDelivery()) {
            return Optional.empty();
        }
        DeliveryType delivery = new DeliveryType();
        if (supply.deliveryDate() != null) {
            delivery.setActualDeliveryDate(supply.deliveryDate());
        }
        if (supply.deliverToCountry() != null) {
            CountryType country = new CountryType();
            country.setIdentificationCode(supply.deliverToCountry());
            AddressType address = new AddressType();
            address.setCountry(country);
            LocationType location = new LocationType();
            location.setAddress(address);
            delivery.setDeliveryLocation(location);
        }
        return Optional.of(delivery);
    }
}
