package be.actraject.bpmn.models;

import be.actraject.bpmn.models.ModelProblem.Code;
import be.actraject.bpmn.models.ModelValidator.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;

import static be.actraject.bpmn.models.ModelValidatorTest.shipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DMN file deployed in the process room for one of the product's yes/no rules is held to what the row editor holds
 * a change to: it answers yes or no, and it answers every sample case of the rule — before deployment, not at run
 * time when an unanswered enrolment or invoice would fall to the coordinator.
 */
@SpringBootTest
class RuleTableValidationTest {

    @Autowired
    ModelValidator validator;

    private Report validate(String name, String xml) {
        return validator.validate(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"training-approval-rule.dmn", "invoice-approval-rule.dmn"})
    void theShippedRuleTablesAreAccepted(String file) {
        assertThat(validate(file, shipped(file)).problems()).isEmpty();
    }

    @Test
    void aTrainingRuleThatAnswersWithTextIsRefusedOnItsOutput() {
        String text = shipped("training-approval-rule.dmn")
                .replace("name=\"coordinatorAgreementRequired\" typeRef=\"boolean\"",
                        "name=\"coordinatorAgreementRequired\" typeRef=\"string\"")
                .replace("<text>true</text>", "<text>\"yes\"</text>")
                .replace("<text>false</text>", "<text>\"no\"</text>");

        Report report = validate("training-approval-rule.dmn", text);

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).contains(
                new ModelProblem(Code.RULE_NOT_YES_NO, "Output_CoordinatorAgreementRequired", "typeRef string"),
                new ModelProblem(Code.RULE_NOT_YES_NO, "Rule_OthersPay", "\"no\""));
    }

    @Test
    void aBooleanRuleWhoseRowAnswersSomethingElseIsRefusedOnThatRow() {
        String maybe = shipped("invoice-approval-rule.dmn")
                .replace("<outputEntry id=\"OutputEntry_LargeAmount\"><text>true</text>",
                        "<outputEntry id=\"OutputEntry_LargeAmount\"><text>\"maybe\"</text>");

        assertThat(validate("invoice-approval-rule.dmn", maybe).problems())
                .containsExactly(new ModelProblem(Code.RULE_NOT_YES_NO, "Rule_LargeAmount", "\"maybe\""));
    }

    @Test
    void aTrainingRuleWithoutCatchAllRowIsRefusedNamingACaseItLeavesOpen() {
        String xml = shipped("training-approval-rule.dmn");
        String withoutCatchAll = xml.substring(0, xml.indexOf("<rule id=\"Rule_OthersPay\">"))
                + xml.substring(xml.indexOf("</rule>", xml.indexOf("Rule_OthersPay")) + "</rule>".length());

        Report report = validate("training-approval-rule.dmn", withoutCatchAll);

        assertThat(report.problems()).containsExactly(new ModelProblem(Code.RULE_SAMPLE_UNANSWERED,
                "training-approval-rule", "cost = 0.01, payer = VDAB, phase = INTAKE"));
    }

    @Test
    void anInvoiceRuleWithoutCatchAllRowIsRefusedNamingACaseItLeavesOpen() {
        String xml = shipped("invoice-approval-rule.dmn");
        String withoutCatchAll = xml.substring(0, xml.indexOf("<rule id=\"Rule_CoachAlone\">"))
                + xml.substring(xml.indexOf("</rule>", xml.indexOf("Rule_CoachAlone")) + "</rule>".length());

        Report report = validate("invoice-approval-rule.dmn", withoutCatchAll);

        assertThat(report.problems()).containsExactly(new ModelProblem(Code.RULE_SAMPLE_UNANSWERED,
                "invoice-approval-rule", "amount = 0.01, issuedInvoiceCount = 5"));
    }

    // OUTPUT ORDER is refused too, but the engine's parser gets there first: it needs output values to order by.
    @ParameterizedTest
    @ValueSource(strings = {"COLLECT", "COLLECT\" aggregation=\"COUNT", "RULE ORDER"})
    void aRuleTableWhoseHitPolicyGivesAListIsRefused(String policy) {
        String collect = shipped("training-approval-rule.dmn").replace("hitPolicy=\"FIRST\"",
                "hitPolicy=\"" + policy + "\"");

        Report report = validate("training-approval-rule.dmn", collect);

        assertThat(report.problems()).extracting(ModelProblem::code).containsExactly(Code.RULE_SEVERAL_RESULTS);
        assertThat(report.problems().get(0).elementId()).isEqualTo("DecisionTable_TrainingApprovalRule");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNIQUE", "ANY", "PRIORITY"})
    void aRuleTableWhoseHitPolicyGivesOneAnswerIsNotRefusedForIt(String policy) {
        String xml = shipped("invoice-approval-rule.dmn").replace("hitPolicy=\"FIRST\"",
                "hitPolicy=\"" + policy + "\"");

        assertThat(validate("invoice-approval-rule.dmn", xml).problems()).extracting(ModelProblem::code)
                .doesNotContain(Code.RULE_SEVERAL_RESULTS);
    }

    /** The shipped training table with these rows (any payer and phase, a condition on the cost, the answer). */
    private static String trainingTable(String hitPolicy, String... costAndAnswer) {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < costAndAnswer.length; r += 2) {
            rows.append("<rule id=\"Rule_").append(r).append("\">")
                    .append("<inputEntry id=\"Payer_").append(r).append("\"><text></text></inputEntry>")
                    .append("<inputEntry id=\"Cost_").append(r).append("\"><text>").append(costAndAnswer[r])
                    .append("</text></inputEntry>")
                    .append("<inputEntry id=\"Phase_").append(r).append("\"><text></text></inputEntry>")
                    .append("<outputEntry id=\"Out_").append(r).append("\"><text>").append(costAndAnswer[r + 1])
                    .append("</text></outputEntry></rule>");
        }
        String table = shipped("training-approval-rule.dmn")
                .replace("hitPolicy=\"FIRST\"", "hitPolicy=\"" + hitPolicy + "\"")
                .replaceAll("(?s)<rule id=.*</rule>", java.util.regex.Matcher.quoteReplacement(rows.toString()));
        assertThat(table).contains("Rule_0");
        return table;
    }

    @Test
    void uniqueRowsThatOverlapOnlyBetweenTheSamplesAreRefusedNamingWhereTheyOverlap() {
        // The samples (0.01, 100, 500, 500.01, 5000) each match one row; at 150 to 200 two rows match.
        String overlap = trainingTable("UNIQUE", "&lt; 100", "false", "[100..200]", "true", "&gt;= 150", "false");

        Report report = validate("training-approval-rule.dmn", overlap);

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).hasSize(1);
        ModelProblem problem = report.problems().get(0);
        assertThat(problem.code()).isEqualTo(Code.RULE_OVERLAP);
        assertThat(problem.detail()).contains("cost = 150,");
    }

    @Test
    void anyRowsAnsweringApartWhereTheyTouchAreRefused() {
        String overlap = trainingTable("ANY", "&lt;= 100", "false", "&gt;= 100", "true");

        assertThat(validate("training-approval-rule.dmn", overlap).problems())
                .extracting(ModelProblem::code).containsExactly(Code.RULE_OVERLAP);
    }

    @Test
    void rangesThatTouchWithoutOverlappingAreAccepted() {
        String touching = trainingTable("UNIQUE", "[0..100[", "false", "[100..200]", "true", "&gt; 200", "true");

        assertThat(validate("training-approval-rule.dmn", touching).problems()).isEmpty();
    }

    @Test
    void invoiceRowsOverlappingAtAWholeNumberOfInvoicesAreRefused() {
        // Samples at 0, 1, 5 and 50 invoices: only 2 and 3 match both rows.
        String overlap = shipped("invoice-approval-rule.dmn").replace("hitPolicy=\"FIRST\"", "hitPolicy=\"UNIQUE\"")
                .replace("<text>&lt; 3</text>", "<text>&lt;= 3</text>")
                .replace("<inputEntry id=\"InputEntry_LargeAmount_Count\"><text></text>",
                        "<inputEntry id=\"InputEntry_LargeAmount_Count\"><text>[2..4]</text>")
                .replace("<inputEntry id=\"InputEntry_CoachAlone_Count\"><text></text>",
                        "<inputEntry id=\"InputEntry_CoachAlone_Count\"><text>&gt; 4</text>")
                .replace("<text>&gt; 2500</text>", "<text></text>");

        Report report = validate("invoice-approval-rule.dmn", overlap);

        assertThat(report.problems()).extracting(ModelProblem::code).containsExactly(Code.RULE_OVERLAP);
        assertThat(report.problems().get(0).detail()).contains("issuedInvoiceCount = 2");
    }
}
