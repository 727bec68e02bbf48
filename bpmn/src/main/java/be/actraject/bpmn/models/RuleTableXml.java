package be.actraject.bpmn.models;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rows of a decision table read from its DMN, and written back in place of its rules with everything else as it
 * was (inputs, output, description, diagram): the editor changes rows, never the table's shape. Elements are found by
 * namespace and local name, never by how the file spells them: a table written with a prefix ({@code <dmn:rule>}) or
 * in an older DMN version the engine also runs (1.1, 1.2) is read and written like the shipped one, new rules taking
 * the table's own prefix.
 */
final class RuleTableXml {

    /** The DMN namespaces the engine runs: 1.3 (what the product ships), 1.2 and 1.1. */
    static final Set<String> DMN_NAMESPACES = Set.of(ModelValidator.DMN_NS,
            "http://www.omg.org/spec/DMN/20180521/MODEL/", "http://www.omg.org/spec/DMN/20151101/dmn.xsd");

    private RuleTableXml() {
    }

    /**
     * Each rule of the table: its input entries in order, its (boolean) output and its description.
     *
     * @throws RuleTableRefusedException NOT_EDITABLE when the file is no DMN decision table
     */
    static List<RuleRow> rows(String xml) {
        Document doc = parse(xml);
        String ns = namespace(doc);
        List<RuleRow> rows = new ArrayList<>();
        for (Element rule : children(table(doc, ns), ns, "rule")) {
            List<String> conditions = new ArrayList<>();
            for (Element input : children(rule, ns, "inputEntry")) {
                conditions.add(input.getTextContent());
            }
            List<Element> outputs = children(rule, ns, "outputEntry");
            List<Element> descriptions = children(rule, ns, "description");
            rows.add(new RuleRow(conditions,
                    !outputs.isEmpty() && "true".equals(outputs.get(0).getTextContent().strip()),
                    descriptions.isEmpty() ? "" : descriptions.get(0).getTextContent()));
        }
        return rows;
    }

    /**
     * The table's XML with these rows in place of its rules. Each rule's id is its position, each entry's id its
     * column's name, so that a version's changes read row by row in the process room.
     *
     * @throws RuleTableRefusedException NOT_EDITABLE when the file is no DMN decision table
     */
    static String withRows(String xml, List<RuleRow> rows, List<String> columns) {
        Document doc = parse(xml);
        String ns = namespace(doc);
        Element table = table(doc, ns);
        String prefix = table.getPrefix() == null ? "" : table.getPrefix() + ":";
        for (Element rule : children(table, ns, "rule")) {
            if (isBlank(rule.getPreviousSibling())) {
                table.removeChild(rule.getPreviousSibling());
            }
            table.removeChild(rule);
        }
        // Rules come last in a decision table; before the closing tag's own indentation, if it has one.
        Node end = isBlank(table.getLastChild()) ? table.getLastChild() : null;
        String indent = indentOf(table);
        for (int i = 0; i < rows.size(); i++) {
            RuleRow r = rows.get(i);
            String id = "Rule_" + (i + 1);
            Element rule = doc.createElementNS(ns, prefix + "rule");
            rule.setAttribute("id", id);
            if (!r.description().isEmpty()) {
                append(rule, indent + "  ", element(doc, ns, prefix + "description", r.description()));
            }
            for (int c = 0; c < columns.size(); c++) {
                Element entry = doc.createElementNS(ns, prefix + "inputEntry");
                entry.setAttribute("id", id + "_" + idPart(columns.get(c)));
                entry.appendChild(element(doc, ns, prefix + "text", r.condition(c)));
                append(rule, indent + "  ", entry);
            }
            Element output = doc.createElementNS(ns, prefix + "outputEntry");
            output.setAttribute("id", id + "_Output");
            output.appendChild(element(doc, ns, prefix + "text", String.valueOf(r.answer())));
            append(rule, indent + "  ", output);
            rule.appendChild(doc.createTextNode(indent));
            table.insertBefore(doc.createTextNode(indent), end);
            table.insertBefore(rule, end);
        }
        if (end == null) {
            table.appendChild(doc.createTextNode(indent.substring(0, Math.max(1, indent.length() - 2))));
        }
        return serialize(doc, xml);
    }

    private static Element element(Document doc, String ns, String name, String text) {
        Element e = doc.createElementNS(ns, name);
        e.setTextContent(text);
        return e;
    }

    private static void append(Element parent, String indent, Element child) {
        parent.appendChild(parent.getOwnerDocument().createTextNode(indent));
        parent.appendChild(child);
    }

    /** The line break and spaces before the table's first child element, so that new rules line up with it. */
    private static String indentOf(Element table) {
        for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && isBlank(n.getPreviousSibling())) {
                String before = n.getPreviousSibling().getTextContent();
                return before.substring(before.lastIndexOf('\n') < 0 ? 0 : before.lastIndexOf('\n'));
            }
        }
        return "\n      ";
    }

    private static boolean isBlank(Node n) {
        return n != null && n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank();
    }

    private static String idPart(String column) {
        return Character.toUpperCase(column.charAt(0)) + column.substring(1);
    }

    /** The DMN namespace the file is written in; refused when it is none the engine runs. */
    private static String namespace(Document doc) {
        String ns = doc.getDocumentElement().getNamespaceURI();
        if (ns == null || !DMN_NAMESPACES.contains(ns)
                || !"definitions".equals(doc.getDocumentElement().getLocalName())) {
            throw notEditable("root " + doc.getDocumentElement().getNodeName() + " in " + ns);
        }
        return ns;
    }

    /** The one decision table of the file: a decision written as a literal expression has no rows to edit. */
    private static Element table(Document doc, String ns) {
        NodeList tables = doc.getElementsByTagNameNS(ns, "decisionTable");
        if (tables.getLength() != 1) {
            throw notEditable(tables.getLength() + " decision tables");
        }
        return (Element) tables.item(0);
    }

    /** The element's child elements of this name, in order (not deeper: a rule is the table's own child). */
    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static RuleTableRefusedException notEditable(String why) {
        return new RuleTableRefusedException(RuleTableRefusedException.Problem.NOT_EDITABLE, 0, "", "", why);
    }

    /** The document again, with the file's own XML declaration (the serializer would write its own). */
    private static String serialize(Document doc, String original) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer identity = factory.newTransformer();
            identity.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            identity.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            identity.transform(new DOMSource(doc), new StreamResult(out));
            String head = original.stripLeading();
            String declaration = head.startsWith("<?xml") ? head.substring(0, head.indexOf("?>") + 2) + "\n" : "";
            return declaration + out + (original.endsWith("\n") ? "\n" : "");
        } catch (Exception e) {
            throw new IllegalStateException("The decision table does not write", e);
        }
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw notEditable("does not read: " + e.getMessage());
        }
    }
}
