package be.actraject.bpmn.invoicing;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.bpmn.task.DecisionTasks;
import be.actraject.bpmn.task.DecisionVariables;
import be.actraject.bpmn.task.TaskCompletion;
import be.actraject.domain.access.Actor;
import be.actraject.domain.earnings.ExtraEarningsStatements;
import be.actraject.domain.invoice.Invoices;
import be.actraject.workflow.Decision;
import be.actraject.workflow.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

@Service
public class InvoicingTasks {

    private final TaskCompletion completion;
    private final DecisionTasks decisions;
    private final Invoices invoices;
    private final ExtraEarningsStatements statements;
    private final TrajectoryParameters parameters;

    public InvoicingTasks(TaskCompletion completion, DecisionTasks decisions, Invoices invoices,
                          ExtraEarningsStatements statements, TrajectoryParameters parameters) {
        this.completion = completion;
        this.decisions = decisions;
        this.invoices = invoices;
        this.statements = statements;
        this.parameters = parameters;
    }

    /**
     * The exit decision. A decision that ends the trajectory waits until no invoice waits for approval: the phase
     * ends with its open approvals, and an invoice for work delivered must still be issued.
     */
    @Transactional
    public void completeExitDecision(String taskId, Decision decision, String motivation, Actor coach) {
        completion.complete(taskId, UserTask.INVOICING_EXIT_DECISION, coach, task -> {
            boolean ends = decision != null
                    && DecisionVariables.exitOf(UserTask.INVOICING_EXIT_DECISION, decision, null).isPresent();
            int pending = invoices.pendingCount(task.trajectoryId());
            if (ends && pending > 0) {
                throw new PendingInvoicesException(pending);
            }
            return decisions.record(task.trajectoryId(), UserTask.INVOICING_EXIT_DECISION, decision, null,
                    motivation, coach);
        });
    }

    @Transactional
    public void completeExtraEarnings(String taskId, YearMonth month, BigDecimal hours, Actor office) {
        completion.complete(taskId, UserTask.EXTRA_EARNINGS_STATEMENT, office, task -> {
            statements.draw(task.trajectoryId(), month, hours, parameters.getExtraEarningsCapPerHour(), office);
            return Map.of();
        });
    }
}
