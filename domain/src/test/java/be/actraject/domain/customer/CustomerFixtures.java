package be.actraject.domain.customer;

import be.actraject.domain.belgium.EnterpriseNumber;

import java.time.Instant;

/** Customers as recorded, without a database, for tests of the rules that read them. */
public final class CustomerFixtures {

    private CustomerFixtures() {
    }

    public static Customer belgianCompany() {
        EnterpriseNumber number = EnterpriseNumber.parse("0403.170.701");
        return new Customer(1L, new CustomerDetails(CustomerKind.BELGIAN_BUSINESS, "Bouwbedrijf Peeters nv",
                "Nijverheidsstraat 5", "2300", "Turnhout", "BE", number.digits(), null, null, null), number,
                number.vatNumber(), EnterpriseNumber.PEPPOL_SCHEME, number.digits(), "coach", Instant.EPOCH);
    }

    /** A Belgian business known by its enterprise number alone: not btw-plichtig, so without a VAT number. */
    public static Customer belgianCompanyNotRegisteredForVat() {
        EnterpriseNumber number = EnterpriseNumber.parse("1000.000.021");
        return new Customer(1L, new CustomerDetails(CustomerKind.BELGIAN_BUSINESS, "Vzw De Buurt",
                "Kerkplein 1", "9000", "Gent", "BE", number.digits(), null, null, null, false), number,
                null, EnterpriseNumber.PEPPOL_SCHEME, number.digits(), "coach", Instant.EPOCH);
    }

    public static Customer company(String countryCode, String vatNumber) {
        return new Customer(1L, new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Firma " + countryCode,
                "Hauptstraße 7", "52062", "Aachen", countryCode, null, vatNumber, null, null), null, vatNumber,
                null, null, "coach", Instant.EPOCH);
    }

    public static Customer consumer() {
        return new Customer(1L, new CustomerDetails(CustomerKind.CONSUMER, "Jan Peeters", "Kerkstraat 8", "2300",
                "Turnhout", "BE", null, null, null, null), null, null, null, null, "coach", Instant.EPOCH);
    }
}
