package be.actraject.bpmn.intake;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.bpmn.task.DecisionTasks;
import be.actraject.bpmn.task.TaskCompletion;
import be.actraject.domain.access.Actor;
import be.actraject.domain.assessment.Assessments;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.plan.DevelopmentPlans;
import be.actraject.domain.plan.PlanDraft;
import be.actraject.workflow.Decision;
import be.actraject.workflow.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Map;

/** Completes the intake's tasks, each with the record its form makes, in one transaction with the engine. */
@Service
public class IntakeTasks {

    private final TaskCompletion completion;
    private final DecisionTasks decisions;
    private final Assessments assessments;
    private final DevelopmentPlans plans;
    private final TrajectoryParameters parameters;

    public IntakeTasks(TaskCompletion completion, DecisionTasks decisions, Assessments assessments,
                       DevelopmentPlans plans, TrajectoryParameters parameters) {
        this.completion = completion;
        this.decisions = decisions;
        this.assessments = assessments;
        this.plans = plans;
        this.parameters = parameters;
    }

    @Transactional
    public void completeEntreSpiegel(String taskId, LocalDate assessedOn, Map<Competency, Integer> scores,
                                     Actor coach) {
        completion.complete(taskId, UserTask.ENTRE_SPIEGEL, coach, task -> {
            assessments.record(task.trajectoryId(), assessedOn, parameters.entreSpiegelScale(), scores, coach);
            return Map.of();
        });
    }

    @Transactional
    public void completePopCreation(String taskId, PlanDraft draft, Actor coach) {
        completion.complete(taskId, UserTask.POP_CREATION, coach, task -> {
            plans.record(task.trajectoryId(), draft, coach);
            return Map.of();
        });
    }

    @Transactional
    public void completeIntakeDecision(String taskId, Decision decision, String motivation, Actor coach) {
        decisions.decide(taskId, UserTask.INTAKE_DECISION, decision, motivation, coach);
    }
}
