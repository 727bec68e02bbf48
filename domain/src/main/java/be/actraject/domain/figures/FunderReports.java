package be.actraject.domain.figures;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * What the cooperative hands its funders besides the figures: the participant list of a period, and the record that a
 * report left the building. Both are the whole cooperative's, so for coordinators and administrators only.
 */
@Service
public class FunderReports {

    /** Active in the period: entered before its end, not exited before its start. Phase as in the figures. */
    private static final String PARTICIPANTS = "select t.id, c.job_seeker_number, c.first_name, c.last_name,"
            + " t.start_date, t.end_date, " + FigureSql.CURRENT_PHASE + ", t.exit_type"
            + " from trajectory t join candidate c on c.id = t.candidate_id"
            + " where t.start_date <= :to and (t.end_date is null or t.end_date >= :from)"
            + " order by t.start_date, t.id";

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;

    FunderReports(NamedParameterJdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * The trajectories active in the period, by date of entry then id: one query, one row per trajectory.
     *
     * @throws NotPermittedException when the actor is no coordinator or administrator
     */
    @Transactional(readOnly = true)
    public List<Participant> participants(Period period, Actor actor) {
        permit(actor, "read the participant list");
        return jdbc.query(PARTICIPANTS, new MapSqlParameterSource("from", period.from()).addValue("to", period.to()),
                (rs, n) -> new Participant(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        Phase.valueOf(rs.getString(7)),
                        rs.getString(8) == null ? null : ExitType.valueOf(rs.getString(8))));
    }

    /**
     * Writes to the audit log that a report of the period was handed out, and to whom: subject the report (its file
     * name, {@code participants.xlsx}), detail the period as {@code from/to} (ISO 8601).
     *
     * @throws NotPermittedException when the actor is no coordinator or administrator
     */
    @Transactional
    public void recordExport(String report, Period period, Actor actor) {
        permit(actor, "export " + report);
        audit.record(AuditKind.FUNDER_REPORT_EXPORTED, actor.userId(), report, period.from() + "/" + period.to(),
                null);
    }

    private static void permit(Actor actor, String what) {
        if (!actor.has(Role.COORDINATOR) && !actor.has(Role.ADMINISTRATOR)) {
            throw new NotPermittedException(actor.userId(), what);
        }
    }
}
