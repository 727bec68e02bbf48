package be.actraject.bpmn.lint;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of {@code bpmnlint:recommended} about what a process or sub-process holds — its start and end events,
 * their event definitions, gateways that are discouraged, link events — each as its bpmnlint source in
 * rules/&lt;name&gt;.js (bpmnlint 11.15.0) decides it, with its message.
 */
final class StructureRules {

    private StructureRules() {
    }

    static void startEventRequired(LintNode node, Reporter report) {
        if (node.isAny("Process", "SubProcess") && !node.is("AdHocSubProcess")
                && node.children.stream().noneMatch(c -> c.is("StartEvent"))) {
            report.report(node, kind(node) + " is missing start event");
        }
    }

    static void endEventRequired(LintNode node, Reporter report) {
        if (node.isAny("Process", "SubProcess") && !node.is("AdHocSubProcess")
                && node.children.stream().noneMatch(c -> c.is("EndEvent"))) {
            report.report(node, kind(node) + " is missing end event");
        }
    }

    static void singleBlankStartEvent(LintNode node, Reporter report) {
        if (node.is("FlowElementsContainer") && node.children.stream()
                .filter(c -> c.is("StartEvent") && c.eventDefinitions.isEmpty()).count() > 1) {
            report.report(node, kind(node) + " has multiple blank start events");
        }
    }

    static void singleEventDefinition(LintNode node, Reporter report) {
        if (node.is("Event") && node.eventDefinitions.size() > 1) {
            report.report(node, "Event has multiple event definitions");
        }
    }

    static void subProcessBlankStartEvent(LintNode node, Reporter report) {
        if (node.is("SubProcess") && !node.flag("triggeredByEvent")) {
            node.children.stream().filter(c -> c.is("StartEvent") && !c.eventDefinitions.isEmpty())
                    .forEach(c -> report.report(c, "Start event must be blank"));
        }
    }

    static void eventSubProcessTypedStartEvent(LintNode node, Reporter report) {
        if (node.triggeredByEvent()) {
            node.children.stream().filter(c -> c.is("StartEvent") && c.eventDefinitions.isEmpty())
                    .forEach(c -> report.report(c, "Start event is missing event definition"));
        }
    }

    static void adHocSubProcess(LintNode node, Reporter report) {
        if (!node.is("AdHocSubProcess")) {
            return;
        }
        for (LintNode child : node.children) {
            if (child.is("StartEvent")) {
                report.report(child, "A <Start Event> is not allowed in <Ad Hoc Sub Process>");
            }
            if (child.is("EndEvent")) {
                report.report(child, "An <End Event> is not allowed in <Ad Hoc Sub Process>");
            }
        }
    }

    static void eventBasedGateway(LintNode node, Reporter report) {
        if (!node.is("EventBasedGateway")) {
            return;
        }
        if (node.outgoing.size() < 2) {
            report.report(node, "An <Event-based Gateway> must have at least 2 outgoing <Sequence Flows>");
        }
        node.outgoing.stream().filter(LintNode::hasCondition).forEach(f -> report.report(f,
                "A <Sequence Flow> outgoing from an <Event-based Gateway> must not be conditional"));
    }

    static void noComplexGateway(LintNode node, Reporter report) {
        if (node.is("ComplexGateway")) {
            report.report(node, "Element type <bpmn:ComplexGateway> is discouraged");
        }
    }

    static void noInclusiveGateway(LintNode node, Reporter report) {
        if (node.is("InclusiveGateway")) {
            report.report(node, "Element type <bpmn:InclusiveGateway> is discouraged");
        }
    }

    /** The link events of one scope must pair up by link name: one catch for one or more throws. */
    static void linkEvent(LintNode node, Reporter report) {
        if (!node.is("FlowElementsContainer")) {
            return;
        }
        List<LintNode> links = node.children.stream().filter(c -> c.is("Event")
                && c.eventDefinitions.contains("linkEventDefinition")).toList();
        Map<String, List<LintNode>> byName = new LinkedHashMap<>();
        for (LintNode link : links) {
            String name = linkName(link);
            if (name.isEmpty()) {
                report.report(link, "Link event is missing link name");
            }
            // bpmnlint groups with min-dash's groupBy, which files the unnamed ones under "_" (and pairs them).
            byName.computeIfAbsent(name.isEmpty() ? "_" : name, n -> new ArrayList<>()).add(link);
        }
        byName.forEach((name, events) -> {
            if (events.size() == 1) {
                LintNode event = events.get(0);
                report.report(event, "Link " + (event.is("ThrowEvent") ? "catch" : "throw")
                        + " event with link name <" + name + "> missing in scope");
                return;
            }
            List<LintNode> catches = events.stream().filter(e -> e.is("CatchEvent")).toList();
            if (catches.size() > 1) {
                catches.forEach(e -> report.report(e, "Duplicate link catch event with link name <" + name
                        + "> in scope"));
            } else if (catches.isEmpty()) {
                events.forEach(e -> report.report(e, "Link catch event with link name <" + name
                        + "> missing in scope"));
            }
        });
    }

    /** Ends that leave nothing to terminate: every other end is an interrupting event sub-process. */
    static void superfluousTermination(LintNode node, Reporter report) {
        if (!node.isAny("Process", "SubProcess")) {
            return;
        }
        List<LintNode> ends = node.children.stream().filter(c -> c.is("FlowNode") && c.outgoing.isEmpty()).toList();
        List<LintNode> terminates = ends.stream().filter(StructureRules::isTerminateEnd).toList();
        if (terminates.size() == 1 && ends.stream().allMatch(e -> isTerminateEnd(e) || isInterruptingEventSub(e))) {
            terminates.forEach(t -> report.report(t, "Termination is superfluous."));
        }
    }

    private static boolean isTerminateEnd(LintNode node) {
        return node.is("EndEvent") && node.eventDefinitions.contains("terminateEventDefinition");
    }

    private static boolean isInterruptingEventSub(LintNode node) {
        return node.triggeredByEvent() && node.children.stream()
                .anyMatch(c -> c.is("StartEvent") && c.flag("isInterrupting", true));
    }

    private static String linkName(LintNode link) {
        for (Element child : LintModel.children(link.element)) {
            if ("linkEventDefinition".equals(child.getLocalName())) {
                return child.getAttribute("name");
            }
        }
        return "";
    }

    private static String kind(LintNode node) {
        return node.is("SubProcess") ? "Sub process" : "Process";
    }
}
