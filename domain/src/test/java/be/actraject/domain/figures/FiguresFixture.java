package be.actraject.domain.figures;

import be.actraject.domain.fixtures.MovableClock;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.group.Presence;
import be.actraject.domain.invoice.CreditNoteDraft;
import be.actraject.domain.invoice.DraftLine;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.Unit;
import be.actraject.domain.invoice.VatRate;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.TimeLimits;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.testsupport.TestCustomers;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import be.actraject.workflow.TimeLimit;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Fifteen trajectories of two coaches, anna and bert, from June 2024 to January 2026, made through the domain's
 * services on a clock moved day by day, so that every date is known and the figures of 2025 can be counted by hand
 * (the hand count is in {@link FiguresContract}). The story in dates, T1…T15:
 * <pre>
 *  T1  anna entry 2024-11-04, exploration 2024-12-02, prospecting 2025-02-03, invoicing 2025-04-07 (limit 3 months:
 *      last day 2025-07-06), first invoice 2025-05-05, invoice of 400.00 2025-06-02, self-employed 2025-10-06
 *  T2  anna entry 2025-01-06, exploration 2025-02-03, stopped 2025-03-03
 *  T3  anna entry 2025-02-03 (limit to 2025-08-02), group 1 2025-03-03, exploration 2025-03-03, prospecting
 *      2025-05-05, invoicing 2025-07-07, invoice submitted 2025-07-21 never issued, first invoice 2025-08-04,
 *      invoicing limit extended and an invoice of 250.00 2025-12-15, one of 500.00 2026-01-12; running
 *  T4  bert entry 2025-03-03, reoriented 2025-04-07 (in intake)
 *  T5  bert entry 2025-03-03 (limit to 2025-09-02), exploration 2025-04-07, group 2 and prospecting 2025-06-02,
 *      salaried 2025-09-01
 *  T6  bert entry 2025-05-05 (limit to 2025-11-04), exploration and group 1 2025-06-02; running
 *  T7  anna entry 2025-01-06 (limit to 2025-07-05), exploration 2025-02-03, prospecting and group 1 2025-04-07,
 *      limit extended 2025-07-05 (to 2025-09-05), invoicing 2025-08-04, first invoice 2025-09-01; running
 *  T8  bert entry 2025-06-02, group 2 2025-06-02, moved to group 1 2025-07-07; running, in intake
 *  T9  anna entry 2024-06-03, exploration 2024-07-01, prospecting 2024-09-02, invoicing 2024-11-04, invoices
 *      2024-12-02 and 2025-02-03, credit note of 30.00 on the one of 2024 issued 2025-03-03, joined a cooperative
 *      2025-11-03
 *  T10 bert entry 2024-09-02, stopped 2024-10-07
 *  T11 anna entry 2025-12-01; running, in intake
 *  T12 bert entry 2026-01-05 (limit opened), limit extended 2026-01-12; running, in intake
 *  T13 anna entry 2025-04-07 (limit to 2025-10-06), exploration 2025-05-05, prospecting 2025-06-02, limit extended
 *      2025-10-06 and 2025-11-06 (to 2025-12-06), stopped 2025-12-01
 *  T14 bert entry 2025-02-03 (limit to 2025-08-02), exploration 2025-03-03, self-employed 2025-12-31
 *  T15 anna entry 2025-10-06, exploration and group 1 2025-11-03; running
 *  Sessions: group 2 on 2025-06-16 (T5 present, T8 absent); group 1 on 2025-11-10 (T3 and T7 present, T6
 *  excused, T8 and T15 absent); group 1 on 2026-01-12 (T3 present, the others absent).
 *  Invoices are of 100.00 excl. VAT unless said. Extra-earnings statements (payout): T1 2025-06 120.00 and 2025-07
 *  90.00; T3 2025-09 200.00 and 2025-10 0.00; T7 2025-12 50.00; T9 2024-12 300.00 and 2025-01 0.00.
 *  Today: 2026-01-15.
 * </pre>
 */
final class FiguresFixture {

    static final String ANNA = "anna";
    static final String BERT = "bert";
    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);
    private static final Period SIX_MONTHS = Period.ofMonths(6);

    private final MovableClock clock;
    private final CandidateRegistration registration;
    private final TrajectoryProgress progress;
    private final TimeLimits limits;
    private final LearningGroups groups;
    private final Customers customers;
    private final Invoices invoices;
    private final InvoiceIssuing issuing;
    private final long[] t = new long[16];
    private long group1;
    private long group2;

    FiguresFixture(MovableClock clock, CandidateRegistration registration, TrajectoryProgress progress,
                   TimeLimits limits, LearningGroups groups, Customers customers, Invoices invoices,
                   InvoiceIssuing issuing) {
        this.clock = clock;
        this.registration = registration;
        this.progress = progress;
        this.limits = limits;
        this.groups = groups;
        this.customers = customers;
        this.invoices = invoices;
        this.issuing = issuing;
    }

    /** The trajectory's id, T1…T15. */
    long t(int n) {
        return t[n];
    }

    /** The ids of the numbered trajectories, ascending as the drill-downs list them (they were created in order). */
    List<Long> ids(int... numbers) {
        return Arrays.stream(numbers).mapToLong(this::t).sorted().boxed().toList();
    }

    long group1() {
        return group1;
    }

    long group2() {
        return group2;
    }

    /** Plays the story, then sets the clock to {@link #TODAY} and writes everything out for the SQL to read. */
    void play(EntityManager entities) {
        on("2024-06-03");
        enter(9, ANNA);
        on("2024-07-01");
        phase(9, Phase.EXPLORATION);
        on("2024-09-02");
        phase(9, Phase.PROSPECTING);
        enter(10, BERT);
        on("2024-10-07");
        exit(10, ExitType.STOPPED);
        on("2024-11-04");
        phase(9, Phase.INVOICING);
        enter(1, ANNA);
        on("2024-12-02");
        long t9sFirstInvoice = issued(9, "100.00");
        phase(1, Phase.EXPLORATION);

        on("2025-01-06");
        group1 = groups.create("Leergroep figuren 1", ANNA, COORDINATOR).getId();
        group2 = groups.create("Leergroep figuren 2", BERT, COORDINATOR).getId();
        enter(2, ANNA);
        enter(7, ANNA);
        limits.open(t[7], TimeLimit.PRE_INVOICING, SIX_MONTHS);
        on("2025-02-03");
        phase(1, Phase.PROSPECTING);
        phase(2, Phase.EXPLORATION);
        enter(3, ANNA);
        limits.open(t[3], TimeLimit.PRE_INVOICING, SIX_MONTHS);
        phase(7, Phase.EXPLORATION);
        issued(9);
        enter(14, BERT);
        limits.open(t[14], TimeLimit.PRE_INVOICING, SIX_MONTHS);
        on("2025-03-03");
        creditNote(t9sFirstInvoice, "30.00");
        exit(2, ExitType.STOPPED);
        phase(3, Phase.EXPLORATION);
        groups.place(t[3], group1, COORDINATOR);
        enter(4, BERT);
        enter(5, BERT);
        limits.open(t[5], TimeLimit.PRE_INVOICING, SIX_MONTHS);
        phase(14, Phase.EXPLORATION);
        on("2025-04-07");
        phase(1, Phase.INVOICING);
        limits.open(t[1], TimeLimit.INVOICING, Period.ofMonths(3));
        exit(4, ExitType.REORIENTED);
        phase(5, Phase.EXPLORATION);
        phase(7, Phase.PROSPECTING);
        groups.place(t[7], group1, COORDINATOR);
        enter(13, ANNA);
        limits.open(t[13], TimeLimit.PRE_INVOICING, SIX_MONTHS);
        on("2025-05-05");
        issued(1);
        phase(3, Phase.PROSPECTING);
        enter(6, BERT);
        limits.open(t[6], TimeLimit.PRE_INVOICING, SIX_MONTHS);
        phase(13, Phase.EXPLORATION);
        on("2025-06-02");
        issued(1, "400.00");
        phase(5, Phase.PROSPECTING);
        groups.place(t[5], group2, COORDINATOR);
        phase(6, Phase.EXPLORATION);
        groups.place(t[6], group1, COORDINATOR);
        enter(8, BERT);
        groups.place(t[8], group2, COORDINATOR);
        phase(13, Phase.PROSPECTING);
        long juneSession = session(group2, "2025-06-16");
        on("2025-06-16");
        groups.registerAttendance(juneSession, Map.of(t[5], Presence.PRESENT), COORDINATOR);
        on("2025-07-05");
        limits.extend(t[7], TimeLimit.PRE_INVOICING, Period.ofMonths(2), COORDINATOR);
        on("2025-07-07");
        groups.place(t[8], group1, COORDINATOR);
        phase(3, Phase.INVOICING);
        limits.open(t[3], TimeLimit.INVOICING, Period.ofMonths(12));
        on("2025-07-21");
        submitted(3);
        on("2025-08-04");
        issued(3);
        phase(7, Phase.INVOICING);
        limits.open(t[7], TimeLimit.INVOICING, Period.ofMonths(12));
        on("2025-09-01");
        exit(5, ExitType.SALARIED);
        issued(7);
        on("2025-10-06");
        exit(1, ExitType.SELF_EMPLOYED);
        limits.extend(t[13], TimeLimit.PRE_INVOICING, Period.ofMonths(1), COORDINATOR);
        enter(15, ANNA);
        on("2025-11-03");
        exit(9, ExitType.JOINED_COOPERATIVE);
        phase(15, Phase.EXPLORATION);
        groups.place(t[15], group1, COORDINATOR);
        long novemberSession = session(group1, "2025-11-10");
        on("2025-11-06");
        limits.extend(t[13], TimeLimit.PRE_INVOICING, Period.ofMonths(1), COORDINATOR);
        on("2025-11-10");
        groups.registerAttendance(novemberSession, Map.of(t[3], Presence.PRESENT, t[6], Presence.EXCUSED,
                t[7], Presence.PRESENT), COORDINATOR);
        on("2025-12-01");
        enter(11, ANNA);
        exit(13, ExitType.STOPPED);
        on("2025-12-15");
        limits.extend(t[3], TimeLimit.INVOICING, Period.ofMonths(1), COORDINATOR);
        issued(3, "250.00");
        on("2025-12-31");
        exit(14, ExitType.SELF_EMPLOYED);
        long januarySession = session(group1, "2026-01-12");

        on("2026-01-05");
        enter(12, BERT);
        limits.open(t[12], TimeLimit.PRE_INVOICING, SIX_MONTHS);
        on("2026-01-12");
        limits.extend(t[12], TimeLimit.PRE_INVOICING, Period.ofMonths(1), COORDINATOR);
        groups.registerAttendance(januarySession, Map.of(t[3], Presence.PRESENT), COORDINATOR);
        issued(3, "500.00");
        clock.set(TODAY);
        entities.flush();
        statement(entities, 1, "2025-06", "120.00");
        statement(entities, 1, "2025-07", "90.00");
        statement(entities, 3, "2025-09", "200.00");
        statement(entities, 3, "2025-10", "0.00");
        statement(entities, 7, "2025-12", "50.00");
        statement(entities, 9, "2024-12", "300.00");
        statement(entities, 9, "2025-01", "0.00");
        entities.clear();
    }

    private void on(String day) {
        clock.set(LocalDate.parse(day));
    }

    /** Registers the candidate entering today, in intake, as the registration and the intake model do. */
    private void enter(int n, String coach) {
        LocalDate today = LocalDate.now(clock);
        CandidateDetails details = new CandidateDetails("Kandidaat", "T" + n, "t" + n + "@example.be",
                "0470 12 34 56", "Kerkstraat 1", "9000", "Gent", LocalDate.of(1988, 4, 12),
                "FIG" + n + "X" + System.nanoTime() % 1_000_000L, today, "Een idee");
        t[n] = registration.register(details, coach, COORDINATOR).getId();
        progress.enterPhase(t[n], Phase.INTAKE);
    }

    private void phase(int n, Phase phase) {
        progress.enterPhase(t[n], phase);
    }

    private void exit(int n, ExitType type) {
        progress.end(t[n], type, "fixture");
    }

    private Invoice submitted(int n) {
        return invoices.submit(t[n], TestCustomers.draft(customers, t[n], "Klant " + n + " " + System.nanoTime(),
                "Herstelling", "100.00", VatRate.TWENTY_ONE, COORDINATOR), COORDINATOR);
    }

    private void issued(int n) {
        issued(n, "100.00");
    }

    /** An invoice of the amount excl. VAT (21 %), issued today; its id. */
    private long issued(int n, String amountExclVat) {
        Invoice invoice = invoices.submit(t[n], TestCustomers.draft(customers, t[n], "Klant " + n + " "
                + System.nanoTime(), "Herstelling", amountExclVat, VatRate.TWENTY_ONE, COORDINATOR), COORDINATOR);
        issuing.issue(invoice.getId());
        return invoice.getId();
    }

    /** A credit note of one line of the amount excl. VAT (21 %) on an issued invoice, issued today. */
    private void creditNote(long invoiceId, String amountExclVat) {
        Invoice note = invoices.submitCreditNote(invoiceId, new CreditNoteDraft("Korting", List.of(new DraftLine(
                "Herstelling", BigDecimal.ONE, Unit.PIECE, new BigDecimal(amountExclVat), null, "21"))),
                COORDINATOR);
        issuing.issue(note.getId());
    }

    /**
     * A drawn-up extra-earnings statement of the month paying out the amount, written as the ledger stores it: the
     * payout is what the figure reads, and drawing it through the ledger would need a month of payments and costs
     * to arrive at a chosen amount.
     */
    private void statement(EntityManager entities, int n, String month, String payout) {
        entities.createNativeQuery("insert into extra_earnings_statement (trajectory_id, statement_month, hours,"
                        + " amount, cap_per_hour, recorded_by, recorded_at) values (?, ?, 40, ?, 20, 'office', ?)")
                .setParameter(1, t[n]).setParameter(2, month).setParameter(3, new BigDecimal(payout))
                .setParameter(4, java.time.OffsetDateTime.parse(month + "-28T10:00:00Z"))
                .executeUpdate();
    }

    /** A session of the group at ten in the morning of the day, planned today. */
    private long session(long group, String day) {
        return groups.plan(group, LocalDate.parse(day).atTime(10, 0).atZone(MovableClock.BRUSSELS).toInstant(), 120,
                "Prijszetting", COORDINATOR).getId();
    }
}
