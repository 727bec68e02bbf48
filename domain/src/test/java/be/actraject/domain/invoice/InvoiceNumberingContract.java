package be.actraject.domain.invoice;

import be.actraject.domain.customer.Customers;
import be.actraject.testsupport.TestCustomers;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Phase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The invoice numbering is gapless: twenty approvals issuing at the same moment, each in its own transaction, get the
 * next twenty numbers, none twice and none lost; an issue that rolls back gives its number back. Committed for real
 * (no test transaction); run on H2 and on PostgreSQL.
 */
@SpringBootTest
@Tag("dates")
abstract class InvoiceNumberingContract {

    static final int CONCURRENT = 20;

    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    Invoices invoices;
    @Autowired
    Customers customers;
    @Autowired
    InvoiceIssuing issuing;
    @Autowired
    InvoiceCounters counters;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;

    private TransactionTemplate tx() {
        return new TransactionTemplate(transactionManager);
    }

    private List<Long> submitted(int count) {
        String number = "N" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Kobe", "Janssens", number, clock), "coach", COORDINATOR);
        progress.enterPhase(t.getId(), Phase.INVOICING);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(invoices.submit(t.getId(), TestCustomers.draft(customers, t.getId(), "Klant " + i,
                    "Opdracht " + i, "100.00", VatRate.TWENTY_ONE, COACH), COACH).getId());
        }
        return ids;
    }

    private static int sequenceOf(String number) {
        return Integer.parseInt(number.substring(number.indexOf('-') + 1));
    }

    @Test
    void twentyConcurrentIssuesGetTheNextTwentyNumbersNoneTwiceNoneLost() throws Exception {
        List<Long> ids = submitted(CONCURRENT);
        int year = LocalDate.now(clock).getYear();
        int before = counters.last(year);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            List<Future<String>> issued = new ArrayList<>();
            for (long id : ids) {
                Callable<String> issue = () -> {
                    start.await();
                    return tx().execute(status -> issuing.issue(id));
                };
                issued.add(pool.submit(issue));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<String> f : issued) {
                String number = f.get();
                assertThat(number).startsWith(year + "-");
                numbers.add(sequenceOf(number));
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(before + 1, before + CONCURRENT).boxed().toList());
            assertThat(counters.last(year)).isEqualTo(before + CONCURRENT);
            List<Invoice> issuedInvoices = tx().execute(status -> ids.stream()
                    .map(id -> invoices.invoice(id, COORDINATOR)).toList());
            assertThat(issuedInvoices).allSatisfy(i -> {
                assertThat(i.getStatus()).isEqualTo(InvoiceStatus.ISSUED);
                assertThat(i.getCommunication()).as("a valid structured communication").isNotNull();
                assertThat(i.getDueOn()).isEqualTo(i.getIssuedOn().plusDays(30));
            });
            assertThat(issuedInvoices).extracting(i -> i.getCommunication().digits()).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIssueThatRollsBackGivesItsNumberBack() {
        List<Long> ids = submitted(2);
        int year = LocalDate.now(clock).getYear();
        int before = counters.last(year);

        assertThatThrownBy(() -> tx().executeWithoutResult(status -> {
            issuing.issue(ids.get(0));
            throw new IllegalStateException("the approval fails after the number was given");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(counters.last(year)).isEqualTo(before);

        String number = tx().execute(status -> issuing.issue(ids.get(1)));
        assertThat(sequenceOf(number)).isEqualTo(before + 1);
        String rolledBack = tx().execute(status -> invoices.invoice(ids.get(0), COORDINATOR).getNumber());
        assertThat(rolledBack).as("the rolled-back invoice has no number").isNull();
    }
}
