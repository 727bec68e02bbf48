package be.actraject.bpmn.models;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The part the editable decision tables share, on a DMN engine of its own: rows read from and written into a table's
 * XML, and a changed table tried against sample cases, with the row and column to blame named when it fails.
 */
class RuleTableTrialTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final List<String> COLUMNS = List.of("payer", "cost", "phase");
    private static final RuleTableSpec SPEC = new RuleTableSpec("training-approval-rule", "training-approval-rule.dmn",
            COLUMNS, Set.of("cost"), List.of(
                    Map.of("payer", "VDAB", "cost", 100.0, "phase", "EXPLORATION"),
                    Map.of("payer", "CANDIDATE", "cost", 900.0, "phase", "PROSPECTING")));
    private static final String SHIPPED = read();
    private static final RuleTableTrial TRIAL = new RuleTableTrial(DMN, xml -> DMN.parseDecision(
            "training-approval-rule", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));

    private static String read() {
        try (InputStream in = RuleTableTrialTest.class.getResourceAsStream("/bpmn/training-approval-rule.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuleRow row(String payer, String cost, boolean answer) {
        return new RuleRow(List.of(payer, cost, ""), answer, "");
    }

    private static RuleTableRefusedException refused(List<RuleRow> rows) {
        return catchThrowableOfType(RuleTableRefusedException.class,
                () -> TRIAL.tryOut(SPEC, RuleTableXml.withRows(SHIPPED, rows, COLUMNS), rows));
    }

    @Test
    void theShippedTableReadsAsItsThreeRows() {
        assertThat(RuleTableXml.rows(SHIPPED)).containsExactly(
                new RuleRow(List.of("\"COOPERATIVE\",\"CANDIDATE\"", "", ""), true,
                        "The cooperative or the candidate pays"),
                new RuleRow(List.of("", "> 500", ""), true, "Costly modules, whoever pays"),
                new RuleRow(List.of("", "", ""), false, "Otherwise the coach's enrolment suffices"));
    }

    @Test
    void rowsWrittenIntoTheTableReadBackAndTheEngineDecidesByThem() {
        List<RuleRow> rows = List.of(row("\"VDAB\"", "> 50", true), new RuleRow(List.of("", "", ""), false,
                "Anders & de rest <ok>"));

        String xml = RuleTableXml.withRows(SHIPPED, rows, COLUMNS);

        assertThat(RuleTableXml.rows(xml)).isEqualTo(rows);
        assertThat(xml).contains("Rule_1_Payer", "Rule_2_Phase", "Must the coordinator agree to the enrolment?");
        DmnDecision decision = DMN.parseDecision("training-approval-rule",
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat((Boolean) DMN.evaluateDecisionTable(decision,
                Map.of("payer", "VDAB", "cost", 100.0, "phase", "EXPLORATION")).getSingleEntry()).isTrue();
        assertThat((Boolean) DMN.evaluateDecisionTable(decision,
                Map.of("payer", "CANDIDATE", "cost", 900.0, "phase", "EXPLORATION")).getSingleEntry()).isFalse();
    }

    @Test
    void aTableThatAnswersEverySampleIsAccepted() {
        List<RuleRow> rows = RuleTableXml.rows(SHIPPED);

        TRIAL.tryOut(SPEC, SHIPPED, rows);
    }

    @Test
    void aConditionTheEngineCannotReadIsBlamedOnItsRowAndColumn() {
        RuleTableRefusedException e = refused(List.of(row("", "> 500", true), row("", "[1500..", true),
                row("", "", false)));

        assertThat(e.problem()).isEqualTo(RuleTableRefusedException.Problem.UNREADABLE);
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("cost");
        assertThat(e.condition()).isEqualTo("[1500..");
        assertThat(e.engineText()).isNotBlank().doesNotContain("org.camunda");
    }

    @Test
    void aTableThatLeavesASampleUnansweredIsBlamedOnItsLastRow() {
        RuleTableRefusedException e = refused(List.of(row("\"CANDIDATE\"", "", true), row("", "< 50", false)));

        assertThat(e.problem()).isEqualTo(RuleTableRefusedException.Problem.NO_ANSWER);
        assertThat(e.row()).isEqualTo(2);
    }

    @Test
    void anAmountWithADecimalCommaIsMadeFeelAndAThousandsPointIsRefused() {
        assertThat(AmountCondition.feel("> 500,50", 1, "cost")).isEqualTo("> 500.50");
        assertThat(AmountCondition.feel("[100..2500,5]", 1, "cost")).isEqualTo("[100..2500.5]");
        assertThat(AmountCondition.feel("100, 200", 1, "cost")).isEqualTo("100, 200");
        assertThat(AmountCondition.feel("> 500.5", 1, "cost")).isEqualTo("> 500.5");

        RuleTableRefusedException e = catchThrowableOfType(RuleTableRefusedException.class,
                () -> AmountCondition.feel("> 1.000", 3, "cost"));

        assertThat(e.problem()).isEqualTo(RuleTableRefusedException.Problem.AMBIGUOUS_AMOUNT);
        assertThat(e.row()).isEqualTo(3);
        assertThat(e.condition()).isEqualTo("> 1.000");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"duur", "> duur", "x > 5", "5 euro", "> 5 and < 9"})
    void anAmountConditionThatIsNotNumbersComparedOrRangedIsRefusedNamingRowAndColumn(String typed) {
        RuleTableRefusedException e = catchThrowableOfType(RuleTableRefusedException.class,
                () -> AmountCondition.feel(typed, 2, "cost"));

        assertThat(e.problem()).isEqualTo(RuleTableRefusedException.Problem.NOT_AN_AMOUNT);
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("cost");
        assertThat(e.condition()).isEqualTo(typed);
    }

    @Test
    void numbersComparedRangedOrListedAreAmountConditionsAndShowBackWithADecimalComma() {
        assertThat(AmountCondition.feel("<= 80", 1, "cost")).isEqualTo("<= 80");
        assertThat(AmountCondition.feel("]100..500,5]", 1, "cost")).isEqualTo("]100..500.5]");
        assertThat(AmountCondition.feel("", 1, "cost")).isEmpty();

        assertThat(AmountCondition.withDecimalComma("> 499.99")).isEqualTo("> 499,99");
        assertThat(AmountCondition.withDecimalComma("[100..2500.5]")).isEqualTo("[100..2500,5]");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
            "> 100, < 200; MATCHES_EVERY_VALUE", ">= 100, <= 100; MATCHES_EVERY_VALUE", "< 500, > 50; MATCHES_EVERY_VALUE",
            "> 100,5, < 200; MATCHES_EVERY_VALUE", "[200..100]; EMPTY_RANGE", "]100..100]; EMPTY_RANGE",
            "[200,5..200]; EMPTY_RANGE", "< 0; NEVER_MATCHES", "<= -1; NEVER_MATCHES", "-5; NEVER_MATCHES",
            "[-10..0[; NEVER_MATCHES", "100, < 0; NEVER_MATCHES"})
    void aNumberConditionNoPersonMeansIsRefusedNamingRowColumnAndWhatWasTyped(String typed, String problem) {
        RuleTableRefusedException e = catchThrowableOfType(RuleTableRefusedException.class,
                () -> AmountCondition.feel(typed, 4, "amount"));

        assertThat(e).as(typed).isNotNull();
        assertThat(e.problem()).isEqualTo(RuleTableRefusedException.Problem.valueOf(problem));
        assertThat(e.row()).isEqualTo(4);
        assertThat(e.column()).isEqualTo("amount");
        assertThat(e.condition()).isEqualTo(typed);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"[100..200]", "]100..200[", "[100..100]", "< 100, > 200",
            "<= 100, > 100.01", "<= 0", ">= 0", "0", "100, 200", "> 100", "[0..100["})
    void theRightFormsOfANumberConditionAreStillAccepted(String typed) {
        assertThat(AmountCondition.feel(typed, 1, "cost")).isNotNull();
        org.assertj.core.api.Assertions.assertThatCode(() -> AmountCondition.meant(typed, typed, 1, "issuedCount"))
                .doesNotThrowAnyException();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"> 1, < 5", "[5..2]", "< 0"})
    void aCountConditionIsHeldToTheSameForms(String typed) {
        RuleTableRefusedException e = catchThrowableOfType(RuleTableRefusedException.class,
                () -> AmountCondition.meant(typed, typed, 2, "issuedCount"));

        assertThat(e).as(typed).isNotNull();
        assertThat(e.column()).isEqualTo("issuedCount");
    }

    @Test
    void aConditionOfCodesIsNoNumberConditionAndLeftAlone() {
        org.assertj.core.api.Assertions.assertThatCode(
                () -> AmountCondition.meant("\"VDAB\",\"CANDIDATE\"", "x", 1, "payer")).doesNotThrowAnyException();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"> 1,000", "12,500", "[1,000..2000]", "<= 999,999",
            "> 1.000", "[100..2.500]", "100, 1,250"})
    void aPointOrACommaBeforeExactlyThreeDigitsIsAmbiguousInAnyLanguageAndRefused(String typed) {
        RuleTableRefusedException e = catchThrowableOfType(RuleTableRefusedException.class,
                () -> AmountCondition.feel(typed, 2, "cost"));

        assertThat(e).as(typed).isNotNull();
        assertThat(e.problem()).isEqualTo(RuleTableRefusedException.Problem.AMBIGUOUS_AMOUNT);
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("cost");
        assertThat(e.condition()).isEqualTo(typed);
    }

    @Test
    void anAmountWithOneOrTwoDecimalsAfterACommaOrAPointIsStillAnAmount() {
        assertThat(AmountCondition.feel("> 1000,5", 1, "cost")).isEqualTo("> 1000.5");
        assertThat(AmountCondition.feel("<= 250.50", 1, "cost")).isEqualTo("<= 250.50");
        assertThat(AmountCondition.feel("> 1000, < 10", 1, "cost")).isEqualTo("> 1000, < 10");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"drie", "< 2,5", "> 1.000", "\"a\"", "2.5", "< 2.5",
            "> drie", "x > 1", "< 3 and > 1", "-1", ">= -1", "[1..3", "3 facturen", "[1,5..3]", "not(3)", "null"})
    void aCountThatIsNotAWholeNumberComparedOrRangedIsRefusedNamingRowAndColumn(String typed) {
        RuleTableRefusedException e = catchThrowableOfType(RuleTableRefusedException.class,
                () -> AmountCondition.count(typed, 3, "issuedCount"));

        assertThat(e).as(typed).isNotNull();
        assertThat(e.problem()).isEqualTo(RuleTableRefusedException.Problem.NOT_A_COUNT);
        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("issuedCount");
        assertThat(e.condition()).isEqualTo(typed);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {"> 1, < 5; MATCHES_EVERY_VALUE",
            "[5..2]; EMPTY_RANGE", "]2..2]; EMPTY_RANGE", "< 0; NEVER_MATCHES", "1, < 0; NEVER_MATCHES"})
    void aCountThatNoPersonMeansIsRefusedAsAnAmountIs(String typed, String problem) {
        RuleTableRefusedException e = catchThrowableOfType(RuleTableRefusedException.class,
                () -> AmountCondition.count(typed, 1, "issuedCount"));

        assertThat(e).as(typed).isNotNull();
        assertThat(e.problem()).isEqualTo(RuleTableRefusedException.Problem.valueOf(problem));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"3", "< 3", "<= 3", "> 3", ">= 3", "[1..3]", "]1..3[",
            "[0..3[", "0", "1, 3", "<3", "  < 3  ", ""})
    void aWholeCountComparedOrRangedIsAcceptedAsTyped(String typed) {
        assertThat(AmountCondition.count(typed, 1, "issuedCount")).isEqualTo(typed.strip());
    }
}
