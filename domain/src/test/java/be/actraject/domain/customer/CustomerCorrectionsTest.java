package be.actraject.domain.customer;

import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.customer.InvalidCustomerException.Reason;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COACH2;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 18, F1: a recorded customer can be corrected, with the checks it was recorded with. */
@SpringBootTest
@Transactional
class CustomerCorrectionsTest {

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    Customers customers;

    private long trajectory() {
        String number = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Ruben", "Dubois", number, clock), "coach", COORDINATOR);
        return t.getId();
    }

    private static CustomerDetails belgian(String name, String street, String number) {
        return new CustomerDetails(CustomerKind.BELGIAN_BUSINESS, name, street, "9600", "Ronse", "BE", number, null,
                null, "info@bakkerij.example", true, CustomerLanguage.NL);
    }

    @Test
    void aCorrectedCustomerKeepsItsIdAndIsCheckedAgain() {
        long id = trajectory();
        Customer customer = customers.add(id, belgian("Bakkerij Ronse", "Grote Markt 3", "0403.170.701"), COACH);

        customers.change(id, customer.getId(), belgian(" Bakkerij Ronse bv ", "Grote Markt 5", "0403170701"), OFFICE);

        Customer corrected = customers.byId(customer.getId()).orElseThrow();
        assertThat(corrected.getName()).isEqualTo("Bakkerij Ronse bv");
        assertThat(corrected.getStreet()).isEqualTo("Grote Markt 5");
        assertThat(corrected.getVatNumber()).isEqualTo("BE0403170701");
        assertThatThrownBy(() -> customers.change(id, customer.getId(),
                belgian("Bakkerij Ronse bv", "Grote Markt 5", "0403.170.702"), COACH))
                .isInstanceOfSatisfying(InvalidCustomerException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ENTERPRISE_NUMBER));
        assertThat(customers.byId(customer.getId()).orElseThrow().getStreet()).isEqualTo("Grote Markt 5");
    }

    @Test
    void anotherTrajectorysCustomerIsNotFoundAndAnotherCoachMayNotCorrect() {
        long id = trajectory();
        long other = trajectory();
        Customer customer = customers.add(other, belgian("Bakkerij Ronse", "Grote Markt 3", "0403.170.701"), COACH);

        assertThatThrownBy(() -> customers.change(id, customer.getId(),
                belgian("Bakkerij Ronse", "Grote Markt 4", "0403.170.701"), COACH))
                .isInstanceOf(CustomerNotFoundException.class);
        assertThatThrownBy(() -> customers.change(other, customer.getId(),
                belgian("Bakkerij Ronse", "Grote Markt 4", "0403.170.701"), COACH2))
                .isInstanceOf(NotInCaseloadException.class);
    }
}
