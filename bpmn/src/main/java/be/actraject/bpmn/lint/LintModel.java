package be.actraject.bpmn.lint;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A BPMN file read the way bpmnlint reads it: every semantic element in document order with its container, the
 * sequence flows wired to their ends, and the diagram's shapes by element id. A flow's ends are its
 * {@code sourceRef} and {@code targetRef}, which is what the engine executes; bpmn-moddle reads a node's
 * {@code <incoming>}/{@code <outgoing>} lists instead, and bpmn-js writes both alike, so on a model drawn in a
 * modeler the two views agree.
 */
final class LintModel {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String DC = "http://www.omg.org/spec/DD/20100524/DC";

    /** Elements of the semantic model that are children, not nodes of their own, for the rules. */
    private static final List<String> NOT_NODES = List.of("incoming", "outgoing", "documentation",
            "extensionElements", "conditionExpression", "multiInstanceLoopCharacteristics",
            "standardLoopCharacteristics", "text", "laneSet", "flowNodeRef", "childLaneSet", "ioSpecification",
            "dataInputAssociation", "dataOutputAssociation", "property", "condition", "timeDate", "timeDuration",
            "timeCycle", "completionCondition", "loopCardinality", "script");

    final Element definitions;
    final List<LintNode> nodes = new ArrayList<>();
    final Map<String, LintNode> byId = new HashMap<>();
    /** The diagram element of each semantic element, by the id it refers to, first diagram first. */
    final Map<String, Element> diagram = new LinkedHashMap<>();

    LintModel(Document document) {
        this.definitions = document.getDocumentElement();
        for (Element child : children(definitions)) {
            if (BPMN.equals(child.getNamespaceURI())) {
                read(child, null);
            } else if (BPMNDI.equals(child.getNamespaceURI()) && "BPMNDiagram".equals(child.getLocalName())) {
                readDiagram(child);
            }
        }
        for (LintNode node : nodes) {
            if (node.type.equals("sequenceFlow")) {
                node.source = byId.get(node.element.getAttribute("sourceRef"));
                node.target = byId.get(node.element.getAttribute("targetRef"));
                if (node.source != null) {
                    node.source.outgoing.add(node);
                }
                if (node.target != null) {
                    node.target.incoming.add(node);
                }
            }
        }
    }

    private void read(Element element, LintNode parent) {
        String name = element.getLocalName();
        if (name.endsWith("EventDefinition")) {
            if (parent != null) {
                parent.eventDefinitions.add(name);
            }
            return;
        }
        if (NOT_NODES.contains(name) && !name.equals("laneSet") && !name.equals("childLaneSet")) {
            return;
        }
        LintNode node = parent;
        if (!name.equals("laneSet") && !name.equals("childLaneSet")) {
            node = new LintNode(element, parent);
            nodes.add(node);
            if (parent != null) {
                parent.children.add(node);
            }
            if (element.hasAttribute("id")) {
                byId.putIfAbsent(element.getAttribute("id"), node);
            }
        }
        for (Element child : children(element)) {
            if (BPMN.equals(child.getNamespaceURI())) {
                read(child, node);
            }
        }
    }

    private void readDiagram(Element diagramElement) {
        for (Element plane : children(diagramElement)) {
            for (Element shape : children(plane)) {
                if (shape.hasAttribute("bpmnElement")) {
                    diagram.putIfAbsent(shape.getAttribute("bpmnElement"), shape);
                }
            }
        }
    }

    /** The bounds of an element's shape as x, y, width, height; null without a shape or with incomplete bounds. */
    double[] bounds(LintNode node) {
        Element shape = diagram.get(node.id());
        if (shape == null || !"BPMNShape".equals(shape.getLocalName())) {
            return null;
        }
        for (Element child : children(shape)) {
            if (DC.equals(child.getNamespaceURI()) && "Bounds".equals(child.getLocalName())) {
                try {
                    return new double[] {Double.parseDouble(child.getAttribute("x")),
                            Double.parseDouble(child.getAttribute("y")),
                            Double.parseDouble(child.getAttribute("width")),
                            Double.parseDouble(child.getAttribute("height"))};
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The nodes of the root level of the given BPMN type (process, collaboration, message, …). */
    List<LintNode> roots() {
        return nodes.stream().filter(n -> n.parent == null).toList();
    }

    static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }
}
