package be.actraject.bpmn.models;

import be.actraject.bpmn.sandbox.SecureXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a new version of a model changes against the version before it, element by element, for the audit log:
 * {@code + userTask Task_Review "Review"}, {@code − sequenceFlow Flow_3},
 * {@code ~ serviceTask Service_Enter: camunda:expression ${a} → ${b}}. The diagram's layout (BPMNDI, DMNDI) is left
 * out: moving a shape changes nothing a trajectory does. One line per element, at most {@link #MAX_LENGTH} characters
 * in all.
 */
final class ModelChanges {

    static final int MAX_LENGTH = 3000;
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final int VALUE_LENGTH = 80;

    private ModelChanges() {
    }

    /**
     * @param before the XML of the version before, or null for the first version
     * @return the lines, joined by newlines; "=" when nothing but the layout changed
     */
    static String between(byte[] before, byte[] after) {
        Map<String, Element> old = before == null ? Map.of() : elements(before);
        Map<String, Element> now = elements(after);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Element> e : now.entrySet()) {
            Element previous = old.get(e.getKey());
            if (previous == null) {
                lines.add("+ " + describe(e.getValue()));
            } else if (!signature(previous).equals(signature(e.getValue()))) {
                lines.add("~ " + describe(e.getValue()) + differences(previous, e.getValue()));
            }
        }
        old.keySet().stream().filter(id -> !now.containsKey(id)).forEach(id -> lines.add("− " + describe(old.get(id))));
        if (lines.isEmpty()) {
            return "=";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (text.length() + line.length() + 1 > MAX_LENGTH) {
                text.append("… (+").append(lines.size() - i).append(')');
                break;
            }
            text.append(line).append('\n');
        }
        return text.toString().strip();
    }

    /** The elements of the model itself (not its diagram) that carry an id, in document order. */
    private static Map<String, Element> elements(byte[] xml) {
        Document document;
        try {
            document = SecureXml.parse(xml);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("Not a readable model", e);
        }
        Map<String, Element> byId = new LinkedHashMap<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (isModelElement(e) && e.hasAttribute("id")) {
                byId.putIfAbsent(e.getAttribute("id"), e);
            }
        }
        return byId;
    }

    private static boolean isModelElement(Element e) {
        return BPMN_NS.equals(e.getNamespaceURI()) || DMN_NS.equals(e.getNamespaceURI());
    }

    private static boolean isDiagram(Element e) {
        return e.getNamespaceURI() != null && (e.getNamespaceURI().contains("/DI") || e.getNamespaceURI().contains("DMNDI"));
    }

    private static String describe(Element e) {
        String name = e.getAttribute("name");
        return e.getLocalName() + " " + e.getAttribute("id") + (name.isBlank() ? "" : " \"" + shorten(name) + "\"");
    }

    /** The attributes that differ, and whether what is inside differs too. */
    private static String differences(Element before, Element after) {
        Map<String, String> a = attributes(before);
        Map<String, String> b = attributes(after);
        List<String> parts = new ArrayList<>();
        for (String name : union(a, b)) {
            String x = a.getOrDefault(name, "∅");
            String y = b.getOrDefault(name, "∅");
            if (!x.equals(y)) {
                parts.add(name + " " + shorten(x) + " → " + shorten(y));
            }
        }
        if (!content(before).equals(content(after))) {
            String x = text(before);
            String y = text(after);
            parts.add(x.equals(y) ? "content" : shorten(x) + " → " + shorten(y));
        }
        return parts.isEmpty() ? "" : ": " + String.join("; ", parts);
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        Map<String, Boolean> names = new TreeMap<>();
        a.keySet().forEach(n -> names.put(n, true));
        b.keySet().forEach(n -> names.put(n, true));
        return new ArrayList<>(names.keySet());
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap all = e.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Attr attribute = (Attr) all.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                attributes.put(attribute.getName(), attribute.getValue());
            }
        }
        return attributes;
    }

    /** The element as a canonical string, without the nested elements that have an id of their own. */
    private static String signature(Element e) {
        return attributes(e) + content(e);
    }

    private static String content(Element e) {
        StringBuilder text = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                if (isModelElement(child) && child.hasAttribute("id")) {
                    continue; // an element of its own: listed as added, removed or changed by itself
                } else if (isModelElement(child) || !isDiagram(child)) {
                    text.append('<').append(child.getNodeName()).append(signature(child)).append('>');
                }
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue().strip());
            }
        }
        return text.toString();
    }

    /** The element's own text and that of its nested elements without an id: a condition, a timer, a mapping. */
    private static String text(Element e) {
        StringBuilder text = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && !(isModelElement(child) && child.hasAttribute("id"))) {
                String inner = text(child);
                if (!inner.isEmpty()) {
                    text.append(text.isEmpty() ? "" : " ").append(inner);
                }
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                String value = n.getNodeValue().strip();
                if (!value.isEmpty()) {
                    text.append(text.isEmpty() ? "" : " ").append(value);
                }
            }
        }
        return text.toString();
    }

    private static String shorten(String value) {
        String flat = value.replaceAll("\\s+", " ").strip();
        return flat.length() <= VALUE_LENGTH ? flat : flat.substring(0, VALUE_LENGTH - 1) + "…";
    }
}
