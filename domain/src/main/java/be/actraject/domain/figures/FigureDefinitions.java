package be.actraject.domain.figures;

/**
 * Each figure of the catalogue as SQL: its one implementation, which the help texts ({@code figure.*.help}) and the
 * README put in words. Read as a whole, this class is the definitions; keep it and the texts saying the same thing.
 */
final class FigureDefinitions {

    private static final String ALL = "'" + Figure.ALL + "'";
    private static final String NONE = "'" + Figure.NONE + "'";
    /** A day difference as a number of days on both databases (H2 gives an interval, PostgreSQL an integer). */
    private static final String DAYS = "cast(%s - %s as integer)";

    private static final String RUNNING = "t.end_date is null and t.start_date <= :today";
    private static final String EXITED_IN_PERIOD = "t.end_date between :from and :to";
    /** An invoice (not a credit note) that was issued: numbered, with its issue day. */
    private static final String ISSUED_INVOICE = "%1$s.status = 'ISSUED' and %1$s.kind = 'INVOICE'";
    /**
     * A limit held its trajectory on its last day {@code l.last_day} unless, for the limit before invoicing, the
     * trajectory was in invoicing by then (the invoicing limit holds whatever the phase). Ending before it is each
     * figure's own condition.
     */
    private static final String HELD_ON_LAST_DAY = "(l.time_limit = 'INVOICING' or not exists (select 1"
            + " from trajectory_phase ip where ip.trajectory_id = t.id and ip.phase = 'INVOICING'"
            + " and ip.started_on <= l.last_day))";

    private FigureDefinitions() {
    }

    static FigureSql of(Figure figure) {
        return switch (figure) {
            case ENTRIES -> FigureSql.trajectories("trajectory t", "t.start_date between :from and :to", ALL);
            case CANDIDATES_PER_PHASE -> FigureSql.trajectories("trajectory t", RUNNING, FigureSql.CURRENT_PHASE);
            case CANDIDATES_PER_COACH -> FigureSql.trajectories("trajectory t", RUNNING,
                    "coalesce(t.coach, " + NONE + ")");
            case CANDIDATES_PER_LEARNING_GROUP -> FigureSql.trajectories(
                    "trajectory t left join learning_group_member gm on gm.trajectory_id = t.id", RUNNING,
                    "coalesce(cast(gm.group_id as varchar(20)), " + NONE + ")");
            case EXITS_BY_TYPE -> FigureSql.trajectories("trajectory t", EXITED_IN_PERIOD, "t.exit_type");
            case EXITS_BY_PHASE -> FigureSql.trajectories("trajectory t", EXITED_IN_PERIOD, FigureSql.CURRENT_PHASE);
            case TIME_PER_PHASE -> FigureSql.trajectories(
                            "trajectory_phase p join trajectory t on t.id = p.trajectory_id",
                            "p.ended_on between :from and :to", "p.phase")
                    .perRow().filteringPhaseOn("p.phase")
                    .measuring(DAYS.formatted("p.ended_on", "p.started_on"));
            case TIME_IN_TRAJECTORY -> FigureSql.trajectories("trajectory t", EXITED_IN_PERIOD, ALL)
                    .measuring(DAYS.formatted("t.end_date", "t.start_date"));
            case LIMITS_REACHED -> limitsReached();
            case LIMITS_ENDED -> limitsEnded();
            case LIMITS_EXTENDED -> FigureSql.trajectories(
                    "timeline_entry e join trajectory t on t.id = e.trajectory_id",
                    "e.kind = 'LIMIT_EXTENDED' and e.occurred_at >= :startsAt and e.occurred_at < :endsBefore",
                    // The timeline's detail is "LIMIT:new last day" (TimeLimits.extend).
                    "case when e.detail like 'PRE_INVOICING:%' then 'PRE_INVOICING' else 'INVOICING' end");
            case TIME_TO_FIRST_INVOICE -> FigureSql.trajectories(
                            "invoice i join trajectory t on t.id = i.trajectory_id",
                            ISSUED_INVOICE.formatted("i") + " and i.issued_on between :from and :to"
                                    + " and not exists (select 1 from invoice e where e.trajectory_id = i.trajectory_id"
                                    + " and " + ISSUED_INVOICE.formatted("e")
                                    + " and (e.issued_on < i.issued_on or (e.issued_on = i.issued_on and e.id < i.id)))",
                            ALL)
                    .perRow().measuring(DAYS.formatted("i.issued_on", "t.start_date"));
            case EARNINGS_IN_INVOICING -> earningsInInvoicing();
            case SESSION_ATTENDANCE -> FigureSql.trajectories(
                            "session_attendance a join collective_session s on s.id = a.session_id"
                                    + " join trajectory t on t.id = a.trajectory_id",
                            "s.attendance_registered = true and s.starts_at >= :startsAt"
                                    + " and s.starts_at < :endsBefore",
                            "a.presence")
                    .perRow().filteringGroupBy("s.group_id = :learningGroup");
            case SURVIVAL -> throw new IllegalArgumentException("Survival is SurvivalFigures' figure, not SQL here");
        };
    }

    /**
     * A limit is reached on its last day (as it stands, after any extension) if that day is in the period and past,
     * and the trajectory was still held by the limit at the end of it: not ended by then, and for phases 1–3 not yet
     * in invoicing. Both limits as rows of one derived table, so that one query counts them.
     */
    private static FigureSql limitsReached() {
        return FigureSql.trajectories("""
                        (select id as trajectory_id, 'PRE_INVOICING' as time_limit, pre_invoicing_limit as last_day
                           from trajectory where pre_invoicing_limit between :from and :to
                         union all
                         select id, 'INVOICING', invoicing_limit
                           from trajectory where invoicing_limit between :from and :to) l
                        join trajectory t on t.id = l.trajectory_id""",
                "l.last_day < :today and (t.end_date is null or t.end_date > l.last_day) and " + HELD_ON_LAST_DAY,
                "l.time_limit");
    }

    /**
     * A trajectory ended past a limit if its exit day is in the period and on or after the limit's last day (as it
     * stands, after any extension), the limit holding it on that last day as in {@link #limitsReached()}. Leaving on
     * the last day itself counts: the limit had run out that day. Once per trajectory and limit; a trajectory past
     * both counts under each.
     */
    private static FigureSql limitsEnded() {
        return FigureSql.trajectories("""
                        (select id as trajectory_id, 'PRE_INVOICING' as time_limit, pre_invoicing_limit as last_day
                           from trajectory where end_date between :from and :to and pre_invoicing_limit is not null
                         union all
                         select id, 'INVOICING', invoicing_limit
                           from trajectory where end_date between :from and :to and invoicing_limit is not null) l
                        join trajectory t on t.id = l.trajectory_id""",
                "t.end_date >= l.last_day and " + HELD_ON_LAST_DAY,
                "l.time_limit");
    }

    /**
     * The money a candidate in invoicing made in the period, per trajectory: the turnover, the amount excl. VAT of
     * the invoices issued in the period less that of the credit notes issued in it (whichever period the credited
     * invoice was in); and the extra earnings, the payout of the statements whose month begins in the period
     * (:fromMonth to :toMonth, as yyyy-MM, which compares as text). Invoices submitted or sent back are not turnover.
     */
    private static FigureSql earningsInInvoicing() {
        return FigureSql.trajectories("""
                        (select i.trajectory_id, 'TURNOVER' as money_kind,
                                case when i.kind = 'CREDIT_NOTE' then -i.amount_excl_vat else i.amount_excl_vat end
                                    as amount
                           from invoice i where i.status = 'ISSUED' and i.issued_on between :from and :to
                         union all
                         select s.trajectory_id, 'EXTRA_EARNINGS', s.amount
                           from extra_earnings_statement s
                          where s.statement_month between :fromMonth and :toMonth) m
                        join trajectory t on t.id = m.trajectory_id""",
                "1 = 1", "m.money_kind").adding("m.amount");
    }
}
