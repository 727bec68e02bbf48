package be.actraject.bpmn.watch;

import be.actraject.workflow.Messages;
import be.actraject.workflow.ProcessKeys;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What the checks' SQL shares: the trajectory id a process instance's business key names, and the parameters every
 * check may bind (one set for all, so that the counts of every kind go in one statement).
 *
 * <p>The engine's tables read by the checks are its documented runtime tables (Camunda 7 "Database Schema":
 * ACT_RU_TASK, ACT_RU_EXECUTION, ACT_RU_JOB, ACT_RU_INCIDENT, ACT_RU_EVENT_SUBSCR, ACT_RE_PROCDEF), as
 * {@code WorklistRows} reads them: only columns their public API also exposes, with the engine's meanings —
 * SUSPENSION_STATE_ 1 is active, a process instance is the execution whose ID_ is its PROC_INST_ID_.
 */
final class WatchSql {

    /**
     * The trajectory id the business key of process instance {@code P} names ({@code BusinessKeys.trajectoryOf}):
     * digits only (and few enough for a bigint), else null.
     */
    static final String TRAJECTORY_OF_INSTANCE = "case when length(P.BUSINESS_KEY_) between 1 and 18"
            + " and ltrim(P.BUSINESS_KEY_, '0123456789') = '' then cast(P.BUSINESS_KEY_ as bigint) end";

    /** The process instance of the row's {@code PROC_INST_ID_}-like column, as {@code P}, for its business key. */
    static String instanceOf(String processInstanceColumn) {
        return " left join ACT_RU_EXECUTION P on P.ID_ = " + processInstanceColumn;
    }

    private WatchSql() {
    }

    /**
     * The values the checks compare with, by name: {@code now}, {@code today}, the thresholds before which a task is
     * unclaimed ({@code unclaimedBefore}) or untouched ({@code untouchedBefore}), a trajectory idle ({@code
     * idleBefore}) and a timer overdue ({@code timerDueBefore}); the trajectory model's key; the messages the
     * application sends, sorted, as {@code message0..n}.
     */
    static MapSqlParameterSource parameters(Instant now, ZoneId zone, WatchParameters watch) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                // As the engine writes its dates: a Timestamp in the JVM's zone.
                .addValue("now", Timestamp.from(now))
                .addValue("today", Date.valueOf(LocalDate.ofInstant(now, zone)))
                .addValue("unclaimedBefore", Timestamp.from(now.minus(watch.getUnclaimedFor())))
                .addValue("untouchedBefore", Timestamp.from(now.minus(watch.getUntouchedFor())))
                .addValue("idleBefore", Timestamp.from(now.minus(watch.getIdleFor())))
                .addValue("timerDueBefore", Timestamp.from(now.minus(watch.getTimerGrace())))
                .addValue("trajectoryProcess", ProcessKeys.TRAJECTORY);
        List<String> sent = sentMessages();
        for (int i = 0; i < sent.size(); i++) {
            parameters.addValue("message" + i, sent.get(i));
        }
        return parameters;
    }

    /**
     * A message name that is none of those the application sends, as ranges between them: an index on the name then
     * reads only the subscriptions that match, where {@code not in} would read them all (every trajectory waits for
     * its stop message).
     */
    static String notSentMessage(String column) {
        int n = sentMessages().size();
        List<String> ranges = new ArrayList<>();
        ranges.add(column + " is null");
        ranges.add(column + " < :message0");
        for (int i = 1; i < n; i++) {
            ranges.add("(" + column + " > :message" + (i - 1) + " and " + column + " < :message" + i + ")");
        }
        ranges.add(column + " > :message" + (n - 1));
        return "(" + String.join(" or ", ranges) + ")";
    }

    private static List<String> sentMessages() {
        return Messages.ALL.stream().sorted().toList();
    }
}
