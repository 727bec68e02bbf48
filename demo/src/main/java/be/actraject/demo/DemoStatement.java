package be.actraject.demo;

import be.actraject.domain.access.Actor;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.OpenInvoice;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A bank statement office can import in the demo ({@code /bank-statements}): a CAMT.053 file of the cooperative's
 * account, written at every start beside the database ({@code voorbeelduittreksel.xml} in the data folder), with
 * credits for the demo's invoices that are open at that moment — their structured communications and amounts — so
 * that an import settles them as a real one would: the first paid in full, the second in part, and one transfer with
 * no communication left for review. Written only when {@code actraject.demo.statement-file} is set
 * ({@link DemoApplication} sets it), so the tests that run the demo data leave no file behind.
 */
class DemoStatement {

    private static final Logger log = LoggerFactory.getLogger(DemoStatement.class);
    /** The statement is drawn up as office staff see the open invoices, of every candidate. */
    private static final Actor OFFICE = Actor.of(TrajectoryProgress.SYSTEM_ACTOR, Role.OFFICE);

    private final Payments payments;
    private final Cooperative cooperative;
    private final Clock clock;
    private final String file;

    DemoStatement(Payments payments, Cooperative cooperative, Clock clock,
                  @Value("${actraject.demo.statement-file:}") String file) {
        this.payments = payments;
        this.cooperative = cooperative;
        this.clock = clock;
        this.file = file;
    }

    /** After the demo data (an application runner), when every demo invoice is issued. */
    @EventListener(ApplicationReadyEvent.class)
    void write() {
        if (file.isBlank()) {
            return;
        }
        try {
            Path path = Path.of(file);
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, xml(), StandardCharsets.UTF_8);
            log.info("Demo bank statement for /bank-statements: {}", path.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo bank statement " + file, e);
        }
    }

    /** The statement: a credit per open invoice it settles (at most two), and one to review. */
    String xml() {
        LocalDate today = LocalDate.now(clock);
        // A statement id of its own at each start: an import after a restart is a new statement, not a duplicate.
        String id = "DEMO-" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(clock.getZone())
                .format(clock.instant());
        List<String> entries = new ArrayList<>();
        List<OpenInvoice> open = payments.open(OFFICE).stream()
                .filter(o -> o.state().invoice().getCommunication() != null).limit(2).toList();
        for (int i = 0; i < open.size(); i++) {
            Invoice invoice = open.get(i).state().invoice();
            BigDecimal due = open.get(i).state().open();
            // The second is paid in part, as customers sometimes do: it stays open for the rest.
            BigDecimal amount = i == 0 ? due : due.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
            entries.add(CamtEntries.credit(id + "-" + (i + 1), amount, today, invoice.getCustomerName(),
                    invoice.getCommunication().formatted()));
        }
        entries.add(CamtEntries.creditWithText(id + "-" + (open.size() + 1), new BigDecimal("25.00"), today,
                "Vzw De Buurtwinkel", "Steun voor de fietsherstelling"));
        return CamtEntries.statement(id, cooperative.account().value(), today.format(DateTimeFormatter.ISO_DATE),
                entries);
    }
}
