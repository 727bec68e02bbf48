package be.actraject.bpmn.watch;

import be.actraject.workflow.Phase;
import org.springframework.stereotype.Component;

/**
 * {@link StuckKind#PAST_LIMIT}: a running trajectory after the last day of its phase (phase 4's limit in invoicing,
 * phases 1–3's before), which should have brought a decision; the longest past first. Each limit has its index.
 */
@Component
class PastLimitCheck implements StuckCheck {

    private static final String INVOICING = "TR.phase = '" + Phase.INVOICING.name() + "'";
    private static final String LIMIT = "case when " + INVOICING + " then TR.invoicing_limit"
            + " else TR.pre_invoicing_limit end";

    @Override
    public StuckKind kind() {
        return StuckKind.PAST_LIMIT;
    }

    @Override
    public String columns() {
        return "TR.id, null, null, null, null, null, null, " + LIMIT + ", TR.phase";
    }

    @Override
    public String from() {
        return " from trajectory TR where TR.exit_type is null and ((" + INVOICING
                + " and TR.invoicing_limit < :today) or ((TR.phase is null or not " + INVOICING
                + ") and TR.pre_invoicing_limit < :today))";
    }

    @Override
    public String orderBy() {
        return LIMIT + ", TR.id";
    }
}
