package be.actraject.bpmn.watch;

import org.springframework.stereotype.Component;

/**
 * {@link StuckKind#PROCESS_WITHOUT_TRAJECTORY}: an active trajectory process whose trajectory has ended in the
 * dossier, or does not exist there; its detail "ended" with the end date or "no trajectory" with the business key.
 * An anti-join: every active trajectory process, each with its trajectory by key.
 */
@Component
class ProcessWithoutTrajectoryCheck implements StuckCheck {

    @Override
    public StuckKind kind() {
        return StuckKind.PROCESS_WITHOUT_TRAJECTORY;
    }

    @Override
    public String columns() {
        return WatchSql.TRAJECTORY_OF_INSTANCE + ", P.ID_, null, null, null, null, null, null,"
                + " case when TR.id is null then 'no trajectory ' || coalesce(P.BUSINESS_KEY_, '')"
                + " else 'ended ' || cast(TR.end_date as varchar(10)) end";
    }

    @Override
    public String from() {
        return " from ACT_RU_EXECUTION P join ACT_RE_PROCDEF D on D.ID_ = P.PROC_DEF_ID_"
                + " left join trajectory TR on TR.id = " + WatchSql.TRAJECTORY_OF_INSTANCE
                + " where P.ID_ = P.PROC_INST_ID_ and P.SUSPENSION_STATE_ = 1 and D.KEY_ = :trajectoryProcess"
                + " and (TR.id is null or TR.exit_type is not null)";
    }

    @Override
    public String orderBy() {
        return "P.ID_";
    }
}
