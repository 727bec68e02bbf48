package be.actraject.bpmn.lint;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One BPMN semantic element as bpmnlint's rules see it (bpmn-moddle's view): its type with the BPMN 2.0 type
 * hierarchy ({@link #is}), its container, its sequence flows in and out, its event definitions and, for a flow, its
 * ends and condition.
 */
public final class LintNode {

    /** The BPMN 2.0 supertypes the recommended rules ask about, each with the element names that are one. */
    private static final Map<String, Set<String>> SUPERTYPES = Map.of(
            "Task", Set.of("task", "userTask", "serviceTask", "scriptTask", "businessRuleTask", "sendTask",
                    "receiveTask", "manualTask"),
            "SubProcess", Set.of("subProcess", "transaction", "adHocSubProcess"),
            "Event", Set.of("startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent",
                    "boundaryEvent", "implicitThrowEvent"),
            "CatchEvent", Set.of("startEvent", "intermediateCatchEvent", "boundaryEvent"),
            "ThrowEvent", Set.of("endEvent", "intermediateThrowEvent", "implicitThrowEvent"),
            "Gateway", Set.of("exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway",
                    "complexGateway"));

    final Element element;
    final String type;
    final LintNode parent;
    final List<LintNode> children = new ArrayList<>();
    final List<LintNode> incoming = new ArrayList<>();
    final List<LintNode> outgoing = new ArrayList<>();
    final List<String> eventDefinitions = new ArrayList<>();
    LintNode source;
    LintNode target;

    LintNode(Element element, LintNode parent) {
        this.element = element;
        this.type = element.getLocalName();
        this.parent = parent;
    }

    public String id() {
        return element.getAttribute("id");
    }

    String name() {
        return element.hasAttribute("name") ? element.getAttribute("name").strip() : "";
    }

    boolean hasName() {
        return !name().isEmpty();
    }

    boolean flag(String attribute) {
        return "true".equals(element.getAttribute(attribute));
    }

    boolean flag(String attribute, boolean byDefault) {
        return element.hasAttribute(attribute) ? flag(attribute) : byDefault;
    }

    /** Whether this is a (sub)type of the BPMN type named as bpmnlint names it, without the prefix. */
    boolean is(String bpmnType) {
        String local = Character.toLowerCase(bpmnType.charAt(0)) + bpmnType.substring(1);
        if (type.equals(local)) {
            return true;
        }
        return switch (bpmnType) {
            case "Activity" -> is("Task") || is("SubProcess") || type.equals("callActivity");
            case "FlowNode" -> is("Activity") || is("Event") || is("Gateway");
            case "FlowElementsContainer" -> type.equals("process") || is("SubProcess");
            case "Process", "SequenceFlow" -> false;
            default -> SUPERTYPES.getOrDefault(bpmnType, Set.of()).contains(type);
        };
    }

    boolean isAny(String... bpmnTypes) {
        for (String t : bpmnTypes) {
            if (is(t)) {
                return true;
            }
        }
        return false;
    }

    /** An event sub-process. */
    boolean triggeredByEvent() {
        return is("SubProcess") && flag("triggeredByEvent");
    }

    boolean hasCondition() {
        return conditionBody() != null;
    }

    /** The text of a flow's condition expression, null without one. */
    String conditionBody() {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "conditionExpression".equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }

    /** Whether the flow is the default flow of its source. */
    boolean isDefaultFlow() {
        return source != null && !id().isEmpty() && id().equals(source.element.getAttribute("default"));
    }

    List<LintNode> flowElements() {
        return children.stream().filter(c -> c.is("FlowNode") || c.type.equals("sequenceFlow")
                || c.type.startsWith("data")).toList();
    }

    @Override
    public String toString() {
        return type + " " + id();
    }
}
