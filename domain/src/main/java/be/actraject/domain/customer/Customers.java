package be.actraject.domain.customer;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.belgium.EnterpriseNumber;
import be.actraject.domain.belgium.InvalidIdentifierException;
import be.actraject.domain.belgium.Pasted;
import be.actraject.domain.belgium.VatNumber;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.customer.InvalidCustomerException.Reason;
import be.actraject.domain.einvoice.Countries;
import be.actraject.domain.einvoice.PeppolParticipantId;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import jakarta.validation.Valid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.Map;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Records the customers of a candidate's activity: invoicing work ({@link DossierChange#INVOICING}); what identifies a
 * customer is checked before it is kept: the enterprise number's check digits, the VAT number's form, the Peppol id,
 * and that the customer is not the cooperative itself.
 */
@Service
@Validated
public class Customers {

    private final CustomerRepository customers;
    private final Caseload caseload;
    private final DossierChanges changes;
    private final Cooperative cooperative;
    private final Clock clock;

    public Customers(CustomerRepository customers, Caseload caseload, DossierChanges changes, Cooperative cooperative,
                     Clock clock) {
        this.customers = customers;
        this.caseload = caseload;
        this.changes = changes;
        this.cooperative = cooperative;
        this.clock = clock;
    }

    /**
     * @throws InvalidCustomerException when a number is missing or wrong, or the customer is the cooperative
     * @throws be.actraject.domain.access.NotPermittedException  for an actor who does no invoicing work
     * @throws be.actraject.domain.access.NotInCaseloadException for a candidate outside the actor's caseload
     */
    @Transactional
    public Customer add(long trajectoryId, @Valid CustomerDetails details, Actor actor) {
        changes.activeTrajectory(trajectoryId, DossierChange.INVOICING, actor);
        Identity identity = checked(details);
        return customers.save(new Customer(trajectoryId, details, identity.number(), identity.vat(),
                identity.scheme(), identity.peppol(), actor.userId(), clock.instant()));
    }

    /**
     * Corrects a customer of the trajectory with the checks {@link #add} makes. Quotes and invoices not yet issued name
     * the customer by id and pick the correction up; an issued invoice or credit note keeps the customer as it was
     * issued to (the invoice's IssuedBuyer, V41), so its PDF and UBL do not change.
     *
     * @throws InvalidCustomerException                           as {@link #add}
     * @throws CustomerNotFoundException               for a customer of another trajectory, or none
     * @throws be.actraject.domain.access.NotPermittedException  for an actor who does no invoicing work
     * @throws be.actraject.domain.access.NotInCaseloadException for a candidate outside the actor's caseload
     */
    @Transactional
    public Customer change(long trajectoryId, long customerId, @Valid CustomerDetails details, Actor actor) {
        changes.activeTrajectory(trajectoryId, DossierChange.INVOICING, actor);
        Customer customer = customers.findById(customerId).filter(c -> c.getTrajectoryId() == trajectoryId)
                .orElseThrow(() -> new CustomerNotFoundException(customerId));
        Identity identity = checked(details);
        customer.change(details, identity.number(), identity.vat(), identity.scheme(), identity.peppol());
        return customer;
    }

    /** The identity a customer as typed has, or the reason it is refused. */
    private Identity checked(CustomerDetails details) {
        if (!Countries.isAssigned(details.countryCode())) {
            throw new InvalidCustomerException(Reason.COUNTRY_CODE);
        }
        Identity identity = identity(details);
        if (details.peppolId() != null && !details.peppolId().isBlank()) {
            identity = withPeppolId(identity, peppolId(details.peppolId()), details.countryCode());
        }
        return identity;
    }

    /** How a customer is known on an invoice: enterprise number, VAT number and Peppol address, each may be null. */
    private record Identity(EnterpriseNumber number, String vat, String scheme, String peppol) {
    }

    /** The identity its kind gives a customer, before any Peppol id typed in for it. */
    private Identity identity(CustomerDetails details) {
        return switch (details.kind()) {
            case BELGIAN_BUSINESS -> belgianBusiness(details);
            case FOREIGN_BUSINESS -> {
                if ("BE".equals(details.countryCode())) {
                    throw new InvalidCustomerException(Reason.COUNTRY);
                }
                yield new Identity(null, foreignVat(details.vatNumber(), details.countryCode()), null, null);
            }
            // Identified by name and address alone.
            case CONSUMER -> new Identity(null, null, null, null);
        };
    }

    private Identity belgianBusiness(CustomerDetails details) {
        if (!"BE".equals(details.countryCode())) {
            throw new InvalidCustomerException(Reason.COUNTRY);
        }
        EnterpriseNumber number = enterpriseNumber(details.enterpriseNumber());
        if (number.equals(cooperative.enterprise())) {
            throw new InvalidCustomerException(Reason.SELF);
        }
        // Only a VAT-registered business has a VAT number to print; the enterprise number stays its id.
        String vat = details.vatRegistered() ? number.vatNumber() : null;
        return new Identity(number, vat, EnterpriseNumber.PEPPOL_SCHEME, number.digits());
    }

    /** A Peppol id typed in replaces the address the identity had, if it can be the customer's own. */
    private static Identity withPeppolId(Identity identity, PeppolParticipantId id, String countryCode) {
        // A VAT scheme names a country: 9930:FR… cannot reach a German customer (DE VAT number).
        String country = identity.vat() != null ? identity.vat().substring(0, 2)
                : VatNumber.prefixOf(countryCode).orElse(null);
        if (id.vatPrefix().isPresent() && !id.vatPrefix().get().equals(country)) {
            throw new InvalidCustomerException(Reason.PEPPOL_COUNTRY);
        }
        requireOwn(id, identity.number(), identity.vat());
        return new Identity(identity.number(), identity.vat(), id.scheme(), id.identifier());
    }

    /**
     * One customer by id, for the invoices and quotes that name it; no caseload check: the caller has checked the
     * trajectory already. A null id throws {@link IllegalArgumentException}.
     */
    @Transactional(readOnly = true)
    public Optional<Customer> byId(Long customerId) {
        return customers.findById(customerId);
    }

    /**
     * Customers by id in one query, for lists that name many (the sales journal); no caseload check, as
     * {@link #byId}. Ids that do not exist are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, Customer> byIds(Collection<Long> customerIds) {
        return customers.findAllById(customerIds).stream()
                .collect(Collectors.toMap(Customer::getId, Function.identity()));
    }

    @Transactional(readOnly = true)
    public List<Customer> of(long trajectoryId, Actor actor) {
        caseload.trajectory(trajectoryId, actor);
        return customers.findByTrajectoryIdOrderByNameAscIdAsc(trajectoryId);
    }

    /**
     * A scheme that names a number the customer has must name that very number: 0208 its enterprise number, a VAT
     * scheme its VAT number (for a Belgian business not registered for VAT: BE and its enterprise number). Other
     * schemes (GLN, DUNS, a national register) cannot be checked here and are taken as given.
     */
    private static void requireOwn(PeppolParticipantId id, EnterpriseNumber number, String vat) {
        String own;
        if (id.scheme().equals(EnterpriseNumber.PEPPOL_SCHEME)) {
            own = number == null ? null : number.digits();
        } else if (id.vatPrefix().isPresent()) {
            own = vat != null ? vat : number == null ? null : number.vatNumber();
        } else {
            return;
        }
        if (own == null || !compact(own).equals(compact(id.identifier()))) {
            throw new InvalidCustomerException(Reason.PEPPOL_NOT_OWN);
        }
    }

    private static String compact(String number) {
        return number.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }

    private static PeppolParticipantId peppolId(String written) {
        try {
            return PeppolParticipantId.parse(written);
        } catch (InvalidIdentifierException e) {
            throw new InvalidCustomerException(Reason.PEPPOL_ID);
        }
    }

    private static EnterpriseNumber enterpriseNumber(String written) {
        try {
            return EnterpriseNumber.parse(written);
        } catch (InvalidIdentifierException e) {
            throw new InvalidCustomerException(Reason.ENTERPRISE_NUMBER);
        }
    }

    /**
     * A business in another EU state: its VAT number in that state's format (VIES), with the state's prefix (EL for
     * Greece). Outside the EU: the tax id as given (layout cleaned), or null when none is given.
     */
    private static String foreignVat(String written, String countryCode) {
        String prefix = VatNumber.prefixOf(countryCode).orElse("");
        if (VatNumber.isEuCountry(countryCode)) {
            try {
                VatNumber vat = VatNumber.parse(written);
                if (vat.prefix().equals(prefix)) {
                    return vat.toString();
                }
            } catch (InvalidIdentifierException e) {
                // refused below
            }
            throw new InvalidCustomerException(Reason.VAT_NUMBER);
        }
        // Outside the EU no VIES, and many businesses have no VAT number at all (a US company): the tax id is
        // optional and kept as given (CHE-116.281.710 MWST, NO 923 609 016 MVA), only its layout characters cleaned.
        if (written == null) {
            return null;
        }
        String cleaned = written.replaceAll("\\p{Cf}", "").replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
