package be.actraject.domain.bankstatement;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.invoice.Payments;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a CAMT.053 file of the cooperative's account: in one transaction, each booked entry not seen before is
 * recorded and either settles an invoice as a payment or goes to the review list. An entry or a statement seen before
 * is a duplicate and changes nothing, but a statement seen before with a line it did not hold then is refused; a file refused ({@link StatementRefusedException}) records nothing. Office staff
 * and coordinators import ({@link DossierChange#PAYMENT_FOLLOW_UP}), as they register payments.
 */
@Service
public class StatementImports {

    /** The largest statement file accepted, in megabytes. */
    public static final int MAX_MEGABYTES = CamtScan.MAX_BYTES / (1024 * 1024);
    /** How often an upload that collided with a simultaneous one is tried: the second try normally settles it. */
    private static final int ATTEMPTS = 3;

    private static final Set<ReviewReason> NEVER_BOOKED = EnumSet.of(ReviewReason.DEBIT, ReviewReason.REVERSAL,
            ReviewReason.OTHER_CURRENCY);

    private final CamtReader reader;
    private final StatementMatching matching;
    private final Payments payments;
    private final StatementImportRepository imports;
    private final ImportedStatementRepository statements;
    private final StatementLineRepository lines;
    private final Cooperative cooperative;
    private final Clock clock;
    private final TransactionTemplate transaction;

    StatementImports(CamtReader reader, StatementMatching matching, Payments payments,
                     StatementImportRepository imports, ImportedStatementRepository statements,
                     StatementLineRepository lines, Cooperative cooperative, Clock clock,
                     PlatformTransactionManager transactions) {
        this.reader = reader;
        this.matching = matching;
        this.payments = payments;
        this.imports = imports;
        this.statements = statements;
        this.lines = lines;
        this.cooperative = cooperative;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Imports the file in a transaction of its own (the caller has none: an upload is a request), tried again when a
     * simultaneous upload of the same statement got there first.
     *
     * @throws StatementRefusedException for a file that is not a CAMT.053 statement of the cooperative's account
     * @throws be.actraject.domain.access.NotPermittedException for an actor who does not follow up payments
     */
    public ImportResult importFile(byte[] file, String fileName, Actor actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> importOnce(file, fileName, actor));
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
                // The same file uploaded twice at once (a double click, two tabs): both found it new, and the unique
                // keys of V34 refused the slower one's statement or entry when the first committed (PostgreSQL), or
                // it gave up waiting for the first's lock on them (H2). Its transaction is rolled back whole; run
                // again, it finds what the first recorded and answers as for any file imported before (or records
                // what the first did not have, when the two files only overlapped).
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** One attempt, in a transaction of its own: all of the file, or nothing. */
    private ImportResult importOnce(byte[] file, String fileName, Actor actor) {
        DossierChange.PAYMENT_FOLLOW_UP.asMaker(actor);
        List<BankStatement> read = reader.read(file);
        String account = cooperative.account().value();
        List<Optional<ImportedStatement>> earlier = read.stream()
                .map(s -> statements.findFirstByAccountAndReference(account, s.reference())).toList();
        for (int i = 0; i < read.size(); i++) {
            if (earlier.get(i).isPresent()) {
                requireSameLines(account, read.get(i));
            }
        }
        if (earlier.stream().allMatch(Optional::isPresent)) {
            return new ImportResult(earlier.get(0).get().getImportId(), true);
        }
        StatementImport anImport = imports.save(new StatementImport(fileName, clock.instant(), actor.userId()));
        for (int i = 0; i < read.size(); i++) {
            if (earlier.get(i).isPresent()) {
                read.get(i).entries().forEach(e -> anImport.countDuplicate());
                continue;
            }
            statements.save(new ImportedStatement(anImport.getId(), account, read.get(i).reference()));
            for (StatementEntry entry : read.get(i).entries()) {
                record(anImport, account, read.get(i).reference(), entry, actor);
            }
        }
        return new ImportResult(anImport.getId(), false);
    }

    /**
     * A statement imported before must hold the lines it held then. A bank numbers its statements once; a file with a
     * known statement id and a line never seen is a reissued or edited statement: importing "the new lines" could
     * book a corrected line beside the one booked before (one payment twice), and skipping them loses a payment
     * silently (issue 18, F2). An accountant reconciles statement by statement, so the whole file is refused and the
     * user told why; nothing is booked.
     */
    private void requireSameLines(String account, BankStatement statement) {
        for (StatementEntry entry : statement.entries()) {
            boolean known = lines.existsByAccountAndReference(account, entry.reference())
                    || !entry.byBank() && lines.existsByAccountAndReference(account,
                    EntryIdentity.anotherArrival(entry.reference(), statement.reference()));
            if (!known) {
                throw new StatementRefusedException(StatementRefusedException.Reason.SAME_ID_OTHER_LINES,
                        statement.reference());
            }
        }
    }

    private void record(StatementImport anImport, String account, String statement, StatementEntry entry,
                        Actor actor) {
        boolean seen = lines.existsByAccountAndReference(account, entry.reference());
        // Another statement (an intraday one, a corrected one) may hold an entry already booked: by the bank's
        // reference that is certain, and the entry changes nothing.
        if (seen && entry.byBank()) {
            anImport.countDuplicate();
            return;
        }
        if (seen) {
            // Without the bank's reference the same fingerprint may also be a second, real payment (a customer who
            // paid twice): never booked silently, never dropped silently either, but put before office staff, who
            // know whether the money came in twice (the account's balance tells). Booking it would pay an invoice
            // twice for one payment; dropping it could lose a payment nobody would ever look for.
            String another = EntryIdentity.anotherArrival(entry.reference(), statement);
            if (lines.existsByAccountAndReference(account, another)) {
                anImport.countDuplicate();
                return;
            }
            StatementLine line = new StatementLine(anImport.getId(), account, entry.withReference(another));
            Match match = matching.decide(entry);
            // A line no invoice could take anyway keeps its own reason: a reversal must stay one to be refused.
            line.toReview(NEVER_BOOKED.contains(match.reason()) ? match.reason() : ReviewReason.POSSIBLE_DUPLICATE,
                    match.invoiceId());
            lines.saveAndFlush(line);
            anImport.count(line.getOutcome());
            return;
        }
        StatementLine line = new StatementLine(anImport.getId(), account, entry);
        Match match = matching.decide(entry);
        if (match.settles()) {
            payments.register(match.invoiceId(), entry.bookedOn(), entry.amount(), paymentReference(entry), actor);
            line.settled(match.outcome(), match.invoiceId());
        } else {
            line.toReview(match.reason(), match.invoiceId());
        }
        lines.saveAndFlush(line);
        anImport.count(line.getOutcome());
    }

    static String paymentReference(StatementEntry entry) {
        return LineMatching.paymentReference(entry.reference());
    }
}
