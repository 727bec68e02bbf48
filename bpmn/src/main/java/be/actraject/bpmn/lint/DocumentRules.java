package be.actraject.bpmn.lint;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of {@code bpmnlint:recommended} that look at the file as a whole — its global elements and its
 * diagram — each as its bpmnlint source in rules/&lt;name&gt;.js (bpmnlint 11.15.0) decides it, with its message.
 */
final class DocumentRules {

    /** The global elements the rule {@code global} checks, with the attribute that refers to each. */
    private static final Map<String, String> GLOBALS = Map.of("error", "errorRef", "escalation", "escalationRef",
            "message", "messageRef", "signal", "signalRef");

    /** What has a place on the diagram, for {@code no-bpmndi}: a data object has none. */
    private static final Set<String> DRAWN = Set.of("sequenceFlow", "dataObjectReference", "dataStoreReference",
            "textAnnotation", "association", "group", "participant", "lane", "messageFlow");

    private DocumentRules() {
    }

    /** Errors, escalations, messages and signals: named, used, and their names unique per type. */
    static void global(LintModel model, Reporter report) {
        List<LintNode> globals = model.roots().stream().filter(n -> GLOBALS.containsKey(n.type)).toList();
        List<Element> referring = referringElements(model);
        for (LintNode global : globals) {
            // bpmnlint's test is `name?.trim() !== ''`: only a name that is there and blank counts as missing.
            if (global.element.hasAttribute("name") && global.name().isEmpty()) {
                report.report(global, "Element is missing name");
            }
            String definition = global.type + "EventDefinition";
            boolean used = referring.stream().anyMatch(r -> global.id().equals(r.getAttribute(GLOBALS.get(global.type)))
                    && (r.getLocalName().equals(definition) || global.type.equals("message")
                    && List.of("messageFlow", "receiveTask", "sendTask").contains(r.getLocalName())));
            if (!used) {
                report.report(global, "Element is unused");
            }
            String name = global.element.hasAttribute("name") ? global.element.getAttribute("name") : null;
            long same = globals.stream().filter(g -> g.type.equals(global.type) && Objects.equals(name,
                    g.element.hasAttribute("name") ? g.element.getAttribute("name") : null)).count();
            if (same != 1) {
                report.report(global, "Element name is not unique");
            }
        }
    }

    /** The event definitions of events, message flows, send and receive tasks: what may use a global element. */
    private static List<Element> referringElements(LintModel model) {
        List<Element> referring = new ArrayList<>();
        NodeList all = model.definitions.getElementsByTagNameNS(LintModel.BPMN, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String name = e.getLocalName();
            boolean ofEvent = name.endsWith("EventDefinition") && e.getParentNode() instanceof Element p
                    && model.byId.containsKey(p.getAttribute("id")) && model.byId.get(p.getAttribute("id")).is("Event");
            if (ofEvent || List.of("messageFlow", "receiveTask", "sendTask").contains(name)) {
                referring.add(e);
            }
        }
        return referring;
    }

    static void noBpmndi(LintModel model, Reporter report) {
        for (LintNode node : model.nodes) {
            boolean contained = node.parent != null && (node.parent.is("FlowElementsContainer")
                    || node.parent.type.equals("collaboration") || node.parent.type.equals("lane")
                    || node.parent.type.equals("process"));
            boolean drawn = node.is("FlowNode") || DRAWN.contains(node.type);
            if (contained && drawn && !model.diagram.containsKey(node.id())) {
                report.report(node, "Element is missing bpmndi");
            }
        }
    }

    static void noOverlappingElements(LintModel model, Reporter report) {
        Set<LintNode> overlapping = new LinkedHashSet<>();
        Set<LintNode> outside = new LinkedHashSet<>();
        Map<String, double[]> participantBounds = new HashMap<>();
        for (LintNode collaboration : model.roots()) {
            if (collaboration.type.equals("collaboration")) {
                List<LintNode> participants = collaboration.children.stream()
                        .filter(c -> c.type.equals("participant")).toList();
                overlaps(participants, model, overlapping);
                participants.forEach(p -> participantBounds.put(p.element.getAttribute("processRef"),
                        model.bounds(p)));
            }
        }
        for (LintNode process : model.roots()) {
            if (process.type.equals("process")) {
                check(process, participantBounds.get(process.id()), model, overlapping, outside);
            }
        }
        overlapping.forEach(n -> report.report(n, "Element overlaps with other element"));
        outside.forEach(n -> report.report(n, "Element is outside of parent boundary"));
    }

    private static void check(LintNode container, double[] parentBounds, LintModel model, Set<LintNode> overlapping,
                              Set<LintNode> outside) {
        List<LintNode> withDi = container.flowElements().stream().filter(e -> model.diagram.containsKey(e.id()))
                .toList();
        overlaps(withDi, model, overlapping);
        for (LintNode element : withDi) {
            double[] bounds = model.bounds(element);
            if (!element.type.equals("dataStoreReference") && bounds != null && parentBounds != null
                    && !(bounds[0] >= parentBounds[0] && bounds[1] >= parentBounds[1]
                    && bounds[0] + bounds[2] <= parentBounds[0] + parentBounds[2]
                    && bounds[1] + bounds[3] <= parentBounds[1] + parentBounds[3])) {
                outside.add(element);
            }
        }
        for (LintNode sub : container.children.stream().filter(c -> c.is("SubProcess")).toList()) {
            Element shape = model.diagram.get(sub.id());
            boolean expanded = shape != null && "true".equals(shape.getAttribute("isExpanded"));
            check(sub, expanded ? model.bounds(sub) : null, model, overlapping, outside);
        }
    }

    /** Pairs of shapes that touch or overlap, but for a boundary event on its host; reported in element order. */
    private static void overlaps(List<LintNode> elements, LintModel model, Set<LintNode> overlapping) {
        Set<LintNode> found = new HashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            double[] a = model.bounds(elements.get(i));
            for (int j = i + 1; j < elements.size() && a != null; j++) {
                double[] b = model.bounds(elements.get(j));
                if (b == null || !(a[0] + a[2] >= b[0] && b[0] + b[2] >= a[0]
                        && a[1] + a[3] >= b[1] && b[1] + b[3] >= a[1])) {
                    continue;
                }
                if (attached(elements.get(i), elements.get(j)) || attached(elements.get(j), elements.get(i))) {
                    continue;
                }
                found.add(elements.get(i));
                found.add(elements.get(j));
            }
        }
        elements.stream().filter(found::contains).forEach(overlapping::add);
    }

    private static boolean attached(LintNode boundary, LintNode host) {
        return host.id().equals(boundary.element.getAttribute("attachedToRef"));
    }
}
