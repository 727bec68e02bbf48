package be.actraject.bpmn.models;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rows of a decision table read and written however its file spells the DMN elements: with no prefix, with a
 * prefix ({@code <dmn:rule>}, as some modelers write them), in DMN 1.3 and in the older 1.2 and 1.1 the engine also
 * runs. A table the editor cannot write rows into is refused with a reason, never an exception of the string's.
 */
class RuleTableXmlTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final List<String> COLUMNS = List.of("payer", "cost", "phase");
    private static final String DMN13 = ModelValidator.DMN_NS;
    private static final String SHIPPED = read();
    private static final String ELEMENTS = "definitions|decision|description|decisionTable|inputExpression|input"
            + "|text|output|rule|inputEntry|outputEntry";

    private static String read() {
        try (InputStream in = RuleTableXmlTest.class.getResourceAsStream("/bpmn/training-approval-rule.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shipped table with its DMN elements written with this prefix ("" for none) in this namespace. */
    private static String spelled(String prefix, String namespace) {
        // The 1.3 diagram is no part of an older version's schema.
        String shipped = namespace.equals(DMN13) ? SHIPPED
                : SHIPPED.replaceAll("(?s)\\s*<dmndi:DMNDI>.*</dmndi:DMNDI>", "");
        String xml = shipped.replace("xmlns=\"" + DMN13 + "\"",
                (prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix) + "=\"" + namespace + "\"");
        return prefix.isEmpty() ? xml
                : xml.replaceAll("<(/?)(" + ELEMENTS + ")(?=[\\s>/])", "<$1" + prefix + ":$2");
    }

    private static DmnDecision parsed(String xml) {
        return DMN.parseDecision("training-approval-rule",
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean decides(String xml, String payer, double cost) {
        return (Boolean) DMN.evaluateDecisionTable(parsed(xml),
                Map.of("payer", payer, "cost", cost, "phase", "EXPLORATION")).getSingleEntry();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.omg.org/spec/DMN/20191111/MODEL/", "http://www.omg.org/spec/DMN/20180521/MODEL/",
            "http://www.omg.org/spec/DMN/20151101/dmn.xsd"})
    void aTableWrittenWithOrWithoutAPrefixInAnyDmnVersionIsReadAndWrittenAgainAndAgain(String namespace) {
        for (String prefix : List.of("", "dmn", "semantic")) {
            String table = spelled(prefix, namespace);
            assertThat(RuleTableXml.rows(table)).as(prefix + " " + namespace).isEqualTo(RuleTableXml.rows(SHIPPED));
            List<RuleRow> rows = List.of(
                    new RuleRow(List.of("\"VDAB\"", "> 50", ""), true, "Anders & <zo>"),
                    new RuleRow(List.of("", "", ""), false, ""));

            String once = RuleTableXml.withRows(table, rows, COLUMNS);
            String twice = RuleTableXml.withRows(once, List.of(rows.get(1)), COLUMNS);

            assertThat(RuleTableXml.rows(once)).as(prefix + " " + namespace).isEqualTo(rows);
            assertThat(RuleTableXml.rows(twice)).isEqualTo(List.of(rows.get(1)));
            String rule = prefix.isEmpty() ? "<rule " : "<" + prefix + ":rule ";
            assertThat(once).contains(rule + "id=\"Rule_1\"", "Rule_2_Phase",
                    "Must the coordinator agree to the enrolment?");
            if (namespace.equals(DMN13)) {
                assertThat(once).contains("<dmndi:DMNShape");
            }
            if (!prefix.isEmpty()) {
                assertThat(once).doesNotContain("<rule", "<inputEntry", "<text>");
            }
            assertThat(decides(once, "VDAB", 100.0)).isTrue();
            assertThat(decides(once, "CANDIDATE", 900.0)).isFalse();
            assertThat(decides(twice, "VDAB", 100.0)).isFalse();
        }
    }

    @Test
    void theShippedLayoutIsKeptSoThatAVersionsChangesReadRowByRow() {
        String xml = RuleTableXml.withRows(SHIPPED, RuleTableXml.rows(SHIPPED), COLUMNS);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions");
        assertThat(xml).contains("\n      <rule id=\"Rule_1\">\n        <description>The cooperative or the candidate "
                + "pays</description>\n        <inputEntry id=\"Rule_1_Payer\">");
        assertThat(xml).contains("</rule>\n    </decisionTable>");
        assertThat(RuleTableXml.withRows(xml, RuleTableXml.rows(xml), COLUMNS)).isEqualTo(xml);
    }

    @Test
    void aDecisionWithoutATableOrAFileThatIsNoDmnIsRefusedAsNotEditable() {
        String literal = "<definitions xmlns=\"" + DMN13 + "\" id=\"d\" name=\"d\" namespace=\"x\">"
                + "<decision id=\"training-approval-rule\"><literalExpression><text>true</text></literalExpression>"
                + "</decision></definitions>";
        String other = SHIPPED.replace(DMN13, "urn:something-else");

        for (String xml : List.of(literal, other, "not xml")) {
            RuleTableRefusedException e = catchThrowableOfType(RuleTableRefusedException.class,
                    () -> RuleTableXml.withRows(xml, List.of(new RuleRow(List.of("", "", ""), false, "")), COLUMNS));
            assertThat(e).as(xml).isNotNull();
            assertThat(e.problem()).isEqualTo(RuleTableRefusedException.Problem.NOT_EDITABLE);
        }
    }
}
