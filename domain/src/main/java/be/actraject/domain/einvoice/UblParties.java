package be.actraject.domain.einvoice;

import be.actraject.domain.belgium.EnterpriseNumber;
import be.actraject.domain.belgium.Pasted;
import be.actraject.domain.belgium.VatNumber;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.CompanyIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.EndpointIDType;

/**
 * The seller and the buyer of a UBL document ({@link UblDocuments}): Peppol address, name, postal address, VAT
 * identifier and legal entity, in the order Peppol BIS Billing 3.0 has them.
 */
final class UblParties {

    private UblParties() {
    }

    static SupplierPartyType supplier(Party party, boolean withVatId) {
        SupplierPartyType supplier = new SupplierPartyType();
        supplier.setParty(party(party, withVatId));
        return supplier;
    }

    static CustomerPartyType customer(Party party, boolean withVatId) {
        CustomerPartyType customer = new CustomerPartyType();
        customer.setParty(party(party, withVatId));
        return customer;
    }

    private static PartyType party(Party p, boolean withVatId) {
        PartyType party = new PartyType();
        if (p.endpointId() != null) {
            EndpointIDType endpoint = new EndpointIDType();
            endpoint.setSchemeID(p.endpointScheme());
            endpoint.setValue(p.endpointId());
            party.setEndpointID(endpoint);
        }
        PartyNameType name = new PartyNameType();
        name.setName(p.name());
        party.addPartyName(name);
        party.setPostalAddress(address(p));
        String vatId = withVatId ? vatIdentifier(p) : null;
        if (vatId != null) {
            PartyTaxSchemeType taxScheme = new PartyTaxSchemeType();
            taxScheme.setCompanyID(vatId);
            taxScheme.setTaxScheme(UblDocuments.vat());
            party.addPartyTaxScheme(taxScheme);
        }
        party.addPartyLegalEntity(legalEntity(p));
        return party;
    }

    private static AddressType address(Party p) {
        AddressType address = new AddressType();
        if (p.street() != null) {
            address.setStreetName(p.street());
        }
        if (p.city() != null) {
            address.setCityName(p.city());
        }
        if (p.postalCode() != null) {
            address.setPostalZone(p.postalCode());
        }
        CountryType country = new CountryType();
        country.setIdentificationCode(p.countryCode());
        address.setCountry(country);
        return address;
    }

    private static PartyLegalEntityType legalEntity(Party p) {
        PartyLegalEntityType legal = new PartyLegalEntityType();
        legal.setRegistrationName(p.name());
        if (p.enterpriseNumber() != null) {
            CompanyIDType companyId = new CompanyIDType();
            companyId.setSchemeID(EnterpriseNumber.PEPPOL_SCHEME);
            companyId.setValue(p.enterpriseNumber().digits());
            legal.setCompanyID(companyId);
        }
        return legal;
    }

    /**
     * The party's VAT identifier as BT-31/BT-48 take it: compact, with its country's prefix (EN 16931 BR-CO-09). A tax
     * id of a business outside the EU is kept as given and printed so; where its compact form does not start with the
     * country's prefix it is no VAT identifier in that sense and is left out of the UBL (the PDF still prints it).
     */
    static String vatIdentifier(Party p) {
        if (p.vatNumber() == null) {
            return null;
        }
        String compact = Pasted.compact(p.vatNumber());
        String prefix = VatNumber.prefixOf(p.countryCode()).orElse("");
        return !prefix.isEmpty() && compact.startsWith(prefix) && compact.matches("[A-Z]{2}[A-Z0-9]{1,30}")
                ? compact : null;
    }
}
