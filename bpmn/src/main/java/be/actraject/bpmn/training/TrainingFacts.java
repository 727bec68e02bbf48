package be.actraject.bpmn.training;

import be.actraject.domain.training.Enrolment;
import be.actraject.domain.training.Enrolments;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * What the training-enrolment model weighs, read fresh each time: whether the module costs money, and for the
 * decision table training-approval-rule its cost, who pays and the candidate's phase. Plain values only, as the
 * sandbox requires.
 */
@Component("trainingFacts")
public class TrainingFacts {

    private final Enrolments enrolments;
    private final Caseload caseload;

    public TrainingFacts(Enrolments enrolments, Caseload caseload) {
        this.enrolments = enrolments;
        this.caseload = caseload;
    }

    @Transactional(readOnly = true)
    public boolean costsMoney(Number enrolmentId) {
        return enrolment(enrolmentId).getModule().costsMoney();
    }

    /** In euro; 0 for a free module. */
    @Transactional(readOnly = true)
    public double cost(Number enrolmentId) {
        var cost = enrolment(enrolmentId).getModule().getCost();
        return cost == null ? 0 : cost.doubleValue();
    }

    /** A {@link be.actraject.domain.training.Payer} by name. */
    @Transactional(readOnly = true)
    public String payer(Number enrolmentId) {
        var payer = enrolment(enrolmentId).getModule().getPayer();
        return payer == null ? null : payer.name();
    }

    /** A {@link be.actraject.workflow.Phase} by name: the phase of the trajectory the enrolment belongs to. */
    @Transactional(readOnly = true)
    public String phase(Number enrolmentId) {
        long trajectoryId = enrolment(enrolmentId).getTrajectoryId();
        Trajectory trajectory = caseload.byIds(List.of(trajectoryId)).get(trajectoryId);
        return trajectory == null || trajectory.getPhase() == null ? null : trajectory.getPhase().name();
    }

    /**
     * Whether the coordinator must agree, from what the table answered: only one answer, false, lets the rule agree.
     * No answer, several (a table deployed with COLLECT or RULE ORDER), or anything but a boolean goes to the
     * coordinator, as a table without an answer does, rather than failing the enrolment with the engine's DMN-01011.
     */
    public boolean coordinatorMustAgree(Object decisionResult) {
        return RuleAnswer.coordinatorMustAgree(decisionResult);
    }

    private Enrolment enrolment(Number enrolmentId) {
        return enrolments.get(enrolmentId.longValue());
    }
}
