package be.actraject.bpmn.watch;

import org.springframework.stereotype.Component;

/**
 * {@link StuckKind#NO_PROCESS}: a trajectory the dossier runs without an active trajectory process on the engine.
 * An anti-join: every running trajectory, each looked up by its business key (the engine's index on it).
 */
@Component
class NoProcessCheck implements StuckCheck {

    @Override
    public StuckKind kind() {
        return StuckKind.NO_PROCESS;
    }

    @Override
    public String columns() {
        return "TR.id, null, null, null, null, null, null, null, null";
    }

    @Override
    public String from() {
        return " from trajectory TR where TR.exit_type is null and not exists (select 1 from ACT_RU_EXECUTION P"
                + " join ACT_RE_PROCDEF D on D.ID_ = P.PROC_DEF_ID_ where P.BUSINESS_KEY_ = cast(TR.id as varchar(20))"
                + " and P.ID_ = P.PROC_INST_ID_ and P.SUSPENSION_STATE_ = 1 and D.KEY_ = :trajectoryProcess)";
    }

    @Override
    public String orderBy() {
        return "TR.id";
    }
}
