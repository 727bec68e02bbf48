package be.actraject.bpmn.sandbox;

import java.util.Map;
import java.util.Set;

/**
 * The allow-list of what an expression in a deployed BPMN or DMN model may reach. Nothing else resolves: no other
 * bean, no engine service, no member of a process variable or of a method's result, no reflection.
 *
 * @param methods        bean name → the public methods a model may call on it; each call returns a plain value
 * @param delegates      beans a model may name whole as {@code camunda:delegateExpression} (a listener or a
 *                       delegate the engine calls itself); no method of theirs can be called from an expression
 * @param executionReads members of the execution (a {@code DelegateExecution}) an expression may read or call
 * @param taskReads      members of the task (a {@code DelegateTask}) an expression may read or call
 * @param functions      the engine's functions an expression may call ({@code now()}, {@code currentUser()}); each
 *                       returns a plain value — {@code dateTime()}, which returns a Joda-Time object, is not one
 */
public record ModelReach(Map<String, Set<String>> methods, Set<String> delegates, Set<String> executionReads,
                         Set<String> taskReads, Set<String> functions) {

    /**
     * What the shipped models use: {@code bpmn/src/main/resources/bpmn/*.bpmn} and {@code *.dmn}. A new call in a
     * shipped model needs its line here — on purpose, so that review sees every door a model can open.
     */
    public static final ModelReach SHIPPED = new ModelReach(
            Map.of(
                    "deadlines", Set.of("fromNow", "phaseReview"),
                    "trajectoryLimits", Set.of("limitAt", "warningAt", "open"),
                    "trajectoryPhases", Set.of("enter"),
                    "trajectoryParameters", Set.of("paymentReminderWait", "extraEarningsCycle", "conversationCycle"),
                    "trajectoryExits", Set.of("record"),
                    "learningGroupSessions", Set.of("endsAt"),
                    "invoiceFacts", Set.of("settled", "issuedCount", "dueAt", "amount"),
                    "aftercareSchedule", Set.of("offsets", "dueAt"),
                    "trainingFacts", Set.of("costsMoney", "cost", "payer", "phase", "coordinatorMustAgree")),
            Set.of("caseloadTaskListener", "sessionTaskListener", "invoiceIssuer", "aftercareStart",
                    "ruleAgreement", "trainingApprovalDecision", "invoiceApprovalDecision"),
            Set.of("processBusinessKey", "processInstanceId", "currentActivityId", "eventName", "getVariable"),
            Set.of("id", "name", "taskDefinitionKey", "assignee", "eventName", "processInstanceId", "getVariable"),
            Set.of("now", "currentUser"));

    public ModelReach {
        methods = Map.copyOf(methods);
        delegates = Set.copyOf(delegates);
        executionReads = Set.copyOf(executionReads);
        taskReads = Set.copyOf(taskReads);
        functions = Set.copyOf(functions);
    }

    /** A bean an expression may name: one with callable methods, or a delegate. */
    public boolean reachable(String bean) {
        return methods.containsKey(bean) || delegates.contains(bean);
    }

    /** Whether a model may call this method of this bean. */
    public boolean callable(String bean, String method) {
        return methods.getOrDefault(bean, Set.of()).contains(method);
    }
}
