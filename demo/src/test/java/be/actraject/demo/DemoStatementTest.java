package be.actraject.demo;

import be.actraject.domain.access.Actor;
import be.actraject.domain.bankstatement.ImportResult;
import be.actraject.domain.bankstatement.StatementImport;
import be.actraject.domain.bankstatement.StatementImports;
import be.actraject.domain.bankstatement.StatementReview;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.invoice.OpenInvoice;
import be.actraject.domain.invoice.Payments;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's example statement: drawn up from the invoices open in the demo, in the cooperative's account, it imports
 * as a bank's would — one invoice paid, one paid in part, one transfer to review. Imported in a transaction rolled
 * back, so that the demo's invoices stay open for the other tests of this context (CustomerLanguageMailTest's).
 */
@FullStackTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:customer-language;DB_CLOSE_DELAY=-1",
        "actraject.mail.poll=1h"})
class DemoStatementTest {

    private static final Actor OFFICE = Actor.of("office", Role.OFFICE);

    @Autowired
    DemoStatement statement;
    @Autowired
    Payments payments;
    @Autowired
    Cooperative cooperative;
    @Autowired
    Clock clock;
    @Autowired
    StatementImports imports;
    @Autowired
    StatementReview review;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theStatementPaysTheDemosOpenInvoicesByTheirCommunicationAndAmount() {
        List<OpenInvoice> open = payments.open(OFFICE);
        assertThat(open).as("the demo has open invoices").hasSizeGreaterThanOrEqualTo(2);
        String xml = statement.xml();

        assertThat(xml).contains("<IBAN>" + cooperative.account().value() + "</IBAN>",
                open.get(0).state().invoice().getCommunication().formatted().replaceAll("\\D", ""),
                "<Amt Ccy=\"EUR\">" + open.get(0).state().open().toPlainString() + "</Amt>");
        AtomicReference<StatementImport> imported = new AtomicReference<>();
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(status -> {
            ImportResult result = imports.importFile(xml.getBytes(StandardCharsets.UTF_8), "voorbeelduittreksel.xml",
                    OFFICE);
            assertThat(result.alreadyImported()).isFalse();
            imported.set(review.summary(result.importId(), OFFICE).statementImport());
            assertThat(payments.of(open.get(0).state().invoice()).open()).isEqualByComparingTo(BigDecimal.ZERO);
            status.setRollbackOnly();
        });

        assertThat(imported.get().getPaid()).isEqualTo(1);
        assertThat(imported.get().getPartlyPaid()).isEqualTo(1);
        assertThat(imported.get().getToReview()).isEqualTo(1);
    }

    @Test
    void theStatementIsWrittenToTheFileTheDemoNamesAndNowhereWithoutOne(@TempDir Path data) throws Exception {
        Path file = data.resolve("data/voorbeelduittreksel.xml");

        new DemoStatement(payments, cooperative, clock, file.toString()).write();
        statement.write();

        assertThat(Files.readString(file)).contains("camt.053.001.02", cooperative.account().value());
        assertThat(Path.of("voorbeelduittreksel.xml")).doesNotExist();
    }
}
