package be.actraject.bpmn.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of {@code bpmnlint:recommended} about how sequence flows join, split, start and end, each as its
 * bpmnlint source in rules/&lt;name&gt;.js (bpmnlint 11.15.0) decides it, with its message.
 */
final class FlowRules {

    private FlowRules() {
    }

    static void fakeJoin(LintNode node, Reporter report) {
        if (node.isAny("Activity", "Event") && node.incoming.size() > 1) {
            report.report(node, "Incoming flows do not join");
        }
    }

    static void noImplicitSplit(LintNode node, Reporter report) {
        if (node.isAny("Activity", "Event") && node.outgoing.stream()
                .filter(f -> !f.hasCondition() && !f.isDefaultFlow()).count() > 1) {
            report.report(node, "Flow splits implicitly");
        }
    }

    static void noGatewayJoinFork(LintNode node, Reporter report) {
        if (node.is("Gateway") && node.incoming.size() > 1 && node.outgoing.size() > 1) {
            report.report(node, "Gateway forks and joins");
        }
    }

    static void superfluousGateway(LintNode node, Reporter report) {
        if (node.is("Gateway") && node.incoming.size() == 1 && node.outgoing.size() == 1) {
            report.report(node, "Gateway is superfluous. It only has one source and target.");
        }
    }

    static void conditionalFlows(LintNode node, Reporter report) {
        boolean conditional = node.element.hasAttribute("default")
                || node.outgoing.stream().anyMatch(LintNode::hasCondition);
        if (conditional) {
            node.outgoing.stream().filter(f -> !f.hasCondition() && !f.isDefaultFlow())
                    .forEach(f -> report.report(f, "Sequence flow is missing condition"));
        }
    }

    static void noDisconnected(LintNode node, Reporter report) {
        if (!node.isAny("Task", "Gateway", "SubProcess", "Event") || node.flag("triggeredByEvent")
                || isCompensationBoundary(node) || node.flag("isForCompensation") || inAdHoc(node)) {
            return;
        }
        if (node.incoming.isEmpty() && node.outgoing.isEmpty()) {
            report.report(node, "Element is not connected");
        }
    }

    static void noImplicitStart(LintNode node, Reporter report) {
        if (!node.isAny("Event", "Activity", "Gateway") || node.is("Activity") && node.flag("isForCompensation")
                || inAdHoc(node) || node.triggeredByEvent()
                || node.is("IntermediateCatchEvent") && onlyLinks(node)
                || node.isAny("StartEvent", "BoundaryEvent")) {
            return;
        }
        if (node.incoming.isEmpty()) {
            report.report(node, "Element is an implicit start");
        }
    }

    static void noImplicitEnd(LintNode node, Reporter report) {
        if (!node.isAny("Event", "Activity", "Gateway") || node.triggeredByEvent()
                || node.is("IntermediateThrowEvent") && onlyLinks(node) || inAdHoc(node) || node.is("EndEvent")
                || node.is("BoundaryEvent") && onlyCompensation(node) && hasCompensationAssociation(node)
                || node.is("Activity") && node.flag("isForCompensation")) {
            return;
        }
        if (node.outgoing.isEmpty()) {
            report.report(node, "Element is an implicit end");
        }
    }

    static void labelRequired(LintNode node, Reporter report) {
        if (node.isAny("ParallelGateway", "EventBasedGateway") || node.is("Gateway") && node.outgoing.size() <= 1
                || node.is("SubProcess") || node.type.equals("sequenceFlow") && !node.hasCondition()) {
            return;
        }
        if (node.isAny("FlowNode", "SequenceFlow", "Participant", "Lane") && !node.hasName()) {
            report.report(node, "Element is missing label/name");
        }
    }

    static void superfluousLabel(LintNode node, Reporter report) {
        if (!node.type.equals("sequenceFlow") || !node.hasName() || node.hasCondition() || node.isDefaultFlow()) {
            return;
        }
        LintNode source = node.source;
        boolean decisionFork = source != null && source.isAny("ExclusiveGateway", "InclusiveGateway")
                && source.outgoing.size() > 1;
        if (!decisionFork) {
            report.report(node, "Sequence flow has superfluous label");
        }
    }

    /** Over the whole model, as bpmnlint keeps its keys across one run. */
    static void noDuplicateSequenceFlows(LintModel model, Reporter report) {
        Map<String, LintNode> keyed = new HashMap<>();
        Set<String> outgoingReported = new HashSet<>();
        Set<String> incomingReported = new HashSet<>();
        for (LintNode flow : model.nodes) {
            if (!flow.type.equals("sequenceFlow")) {
                continue;
            }
            String condition = flow.hasCondition() ? flow.conditionBody() : "";
            String key = (flow.source != null ? flow.source.id() : flow.id()) + "#"
                    + (flow.target != null ? flow.target.id() : flow.id()) + "#" + condition;
            if (keyed.putIfAbsent(key, flow) != null) {
                report.report(flow, "SequenceFlow is a duplicate");
                String sourceId = flow.element.getAttribute("sourceRef");
                String targetId = flow.element.getAttribute("targetRef");
                if (outgoingReported.add(sourceId)) {
                    report.report(sourceId, "Duplicate outgoing sequence flows");
                }
                if (incomingReported.add(targetId)) {
                    report.report(targetId, "Duplicate incoming sequence flows");
                }
            }
        }
    }

    private static boolean inAdHoc(LintNode node) {
        return node.parent != null && node.parent.is("AdHocSubProcess");
    }

    private static boolean onlyLinks(LintNode node) {
        return !node.eventDefinitions.isEmpty()
                && node.eventDefinitions.stream().allMatch("linkEventDefinition"::equals);
    }

    private static boolean onlyCompensation(LintNode node) {
        return !node.eventDefinitions.isEmpty()
                && node.eventDefinitions.stream().allMatch("compensateEventDefinition"::equals);
    }

    private static boolean isCompensationBoundary(LintNode node) {
        return node.is("BoundaryEvent") && node.eventDefinitions.equals(List.of("compensateEventDefinition"));
    }

    /** An association from the node among its process's artifacts. */
    private static boolean hasCompensationAssociation(LintNode node) {
        LintNode process = node;
        while (process.parent != null && !process.type.equals("process")) {
            process = process.parent;
        }
        return process.children.stream().anyMatch(a -> a.type.equals("association")
                && node.id().equals(a.element.getAttribute("sourceRef")));
    }
}
