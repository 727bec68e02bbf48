package be.actraject.bpmn.models;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a decision table read from its DMN, and written back in place of its rules with everything else as it
 * was (inputs, output, description, diagram): the editor changes rows, never the table's shape.
 */
final class RuleTableXml {

    private static final String DMN = ModelValidator.DMN_NS;

    private RuleTableXml() {
    }

    /** Each rule of the table: its input entries in order, its (boolean) output and its description. */
    static List<RuleRow> rows(String xml) {
        List<RuleRow> rows = new ArrayList<>();
        NodeList rules = parse(xml).getElementsByTagNameNS(DMN, "rule");
        for (int i = 0; i < rules.getLength(); i++) {
            Element rule = (Element) rules.item(i);
            NodeList inputs = rule.getElementsByTagNameNS(DMN, "inputEntry");
            List<String> conditions = new ArrayList<>();
            for (int j = 0; j < inputs.getLength(); j++) {
                conditions.add(inputs.item(j).getTextContent());
            }
            NodeList outputs = rule.getElementsByTagNameNS(DMN, "outputEntry");
            NodeList descriptions = rule.getElementsByTagNameNS(DMN, "description");
            rows.add(new RuleRow(conditions, "true".equals(outputs.item(0).getTextContent().strip()),
                    descriptions.getLength() == 0 ? "" : descriptions.item(0).getTextContent()));
        }
        return rows;
    }

    /**
     * The table's XML with these rows in place of its rules. Each rule's id is its position, each entry's id its
     * column's name, so that a version's changes read row by row in the process room.
     */
    static String withRows(String xml, List<RuleRow> rows, List<String> columns) {
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            RuleRow r = rows.get(i);
            String id = "Rule_" + (i + 1);
            rules.append("      <rule id=\"").append(id).append("\">\n");
            if (!r.description().isEmpty()) {
                rules.append("        <description>").append(escape(r.description())).append("</description>\n");
            }
            for (int c = 0; c < columns.size(); c++) {
                rules.append("        <inputEntry id=\"").append(id).append('_').append(idPart(columns.get(c)))
                        .append("\"><text>").append(escape(r.condition(c))).append("</text></inputEntry>\n");
            }
            rules.append("        <outputEntry id=\"").append(id).append("_Output\"><text>")
                    .append(r.answer()).append("</text></outputEntry>\n");
            rules.append("      </rule>\n");
        }
        int first = xml.indexOf("<rule ");
        int last = xml.lastIndexOf("</rule>");
        if (first < 0 || last < 0) {
            int end = xml.indexOf("</decisionTable>");
            return xml.substring(0, end) + rules + "    " + xml.substring(end);
        }
        String head = xml.substring(0, first);
        return head.substring(0, head.lastIndexOf('\n') + 1) + rules
                + xml.substring(last + "</rule>".length()).replaceFirst("^\\s*\n", "");
    }

    private static String idPart(String column) {
        return Character.toUpperCase(column.charAt(0)) + column.substring(1);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("The decision table does not read", e);
        }
    }
}
