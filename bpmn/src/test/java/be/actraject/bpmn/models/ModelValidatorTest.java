package be.actraject.bpmn.models;

import be.actraject.bpmn.models.ModelProblem.Code;
import be.actraject.bpmn.models.ModelValidator.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation before deployment accepts every shipped model and refuses each kind of broken one for its reason,
 * on the element it concerns.
 */
@SpringBootTest
class ModelValidatorTest {

    @Autowired
    ModelValidator validator;

    static String shipped(String file) {
        try (InputStream in = ModelValidatorTest.class.getResourceAsStream("/bpmn/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Report validate(String name, String xml) {
        return validator.validate(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trajectory.bpmn", "intake.bpmn", "exploration.bpmn", "prospecting.bpmn",
            "invoicing.bpmn", "invoice-approval.bpmn", "invoice-payment.bpmn", "learning-group-session.bpmn",
            "aftercare.bpmn", "invoice-approval-rule.dmn"})
    void everyShippedModelPasses(String file) {
        Report report = validate(file, shipped(file));

        assertThat(report.problems()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.kind()).isEqualTo(file.endsWith(".dmn") ? ModelValidator.Kind.DMN : ModelValidator.Kind.BPMN);
    }

    @org.junit.jupiter.api.Test
    void anImplicitJoinIsRefusedNamingTheLintRuleOnTheElementThatJoins() {
        String original = shipped("invoicing.bpmn");
        String joined = original.replace("sourceRef=\"Gateway_InvoicingDecision\" "
                + "targetRef=\"Gateway_MergeBeforeExitDecision\"", "sourceRef=\"Gateway_InvoicingDecision\" "
                + "targetRef=\"Task_InvoicingExitDecision\"");
        assertThat(joined).isNotEqualTo(original);

        Report report = validate("invoicing.bpmn", joined);

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).contains(new ModelProblem(Code.LINT, "Task_InvoicingExitDecision",
                "fake-join: Incoming flows do not join"));
        assertThat(report.warnings()).contains(new ModelProblem(Code.LINT_WARNING, "Gateway_MergeBeforeExitDecision",
                "superfluous-gateway: Gateway is superfluous. It only has one source and target."));
    }

    @org.junit.jupiter.api.Test
    void aLintWarningAloneLeavesTheModelValidAndIsReported() {
        String labelled = shipped("invoicing.bpmn").replace("<bpmn:sequenceFlow id=\"Flow_Invoicing1\"",
                "<bpmn:sequenceFlow id=\"Flow_Invoicing1\" name=\"verder\"");

        Report report = validate("invoicing.bpmn", labelled);

        assertThat(report.problems()).isEmpty();
        assertThat(report.warnings()).containsExactly(new ModelProblem(Code.LINT_WARNING, "Flow_Invoicing1",
                "superfluous-label: Sequence flow has superfluous label"));
    }

    /** A literal due date with or without its offset: without, it is read on the cooperative's clock. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2027-07-01T06:00", "2027-07-01T06:00:00",
            "2027-07-01T06:00:00+02:00"})
    void aLiteralDueDateParsesWithOrWithoutItsOffset(String date) {
        String dated = shipped("invoice-payment.bpmn").replace("${invoiceFacts.dueAt(invoiceId)}", date);

        assertThat(validate("invoice-payment.bpmn", dated).problems()).isEmpty();
        assertThat(validate("invoice-payment.bpmn", shipped("invoice-payment.bpmn").replace(
                "${invoiceFacts.dueAt(invoiceId)}", "1 juli")).problems()).extracting(ModelProblem::code)
                .containsExactly(Code.BAD_TIMER);
    }

    static Stream<Arguments> brokenInvoicing() {
        return Stream.of(
                broken("a user task without a screen", Code.NO_SCREEN, "Task_ExtraReview",
                        x -> x.replace("<bpmn:userTask id=\"Task_InvoicingExitDecision\"",
                                "<bpmn:userTask id=\"Task_ExtraReview\" camunda:candidateGroups=\"coach\" />"
                                        + "<bpmn:userTask id=\"Task_InvoicingExitDecision\"")),
                broken("a user task nobody can take", Code.NO_CANDIDATE_GROUPS, "Task_InvoicingExitDecision",
                        x -> x.replace("id=\"Task_InvoicingExitDecision\" name=\"Exit decision\" camunda:candidateGroups=\"coach\"",
                                "id=\"Task_InvoicingExitDecision\" name=\"Exit decision\"")),
                broken("an expression naming no bean", Code.UNKNOWN_BEAN, "Service_EnterInvoicing",
                        x -> x.replace("${trajectoryPhases.enter(", "${trajectoryPhasez.enter(")),
                broken("a class as delegate", Code.CLASS_DELEGATE, "Service_EnterInvoicing",
                        x -> x.replace("camunda:expression=\"${trajectoryPhases.enter(trajectoryId, 'INVOICING')}\"",
                                "camunda:class=\"com.example.Enter\"")),
                broken("an id the code relies on", Code.MISSING_ID, null,
                        x -> x.replace("Service_EnterInvoicing", "Service_EnterInvoicing2")),
                broken("no history time-to-live", Code.NO_HISTORY_TIME_TO_LIVE, "invoicing",
                        x -> x.replace(" camunda:historyTimeToLive=\"P1095D\"", "")),
                broken("a timer that does not parse", Code.BAD_TIMER, "Start_ExtraEarningsDue",
                        x -> x.replace("${trajectoryParameters.extraEarningsCycle()}", "R/P1X")),
                broken("a flow to nowhere", Code.ENGINE, null,
                        x -> x.replace("targetRef=\"End_InvoicingCompleted\"", "targetRef=\"End_Nowhere\"")));
    }

    private static Arguments broken(String what, Code code, String elementId, UnaryOperator<String> change) {
        return Arguments.of(what, code, elementId, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInvoicing")
    void aBrokenModelIsRefusedForItsReasonOnItsElement(String what, Code code, String elementId,
                                                       UnaryOperator<String> change) {
        String original = shipped("invoicing.bpmn");
        String changed = change.apply(original);
        assertThat(changed).as("the test changes the model").isNotEqualTo(original);

        Report report = validate("invoicing.bpmn", changed);

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(code);
            if (elementId != null) {
                assertThat(p.elementId()).isEqualTo(elementId);
            }
        });
    }

    /** Aftercare's process as a new key, its start event triggered by a message, a signal or a condition. */
    static Stream<Arguments> eventStarts() {
        String asNewKey = shipped("aftercare.bpmn").replace("<bpmn:process id=\"aftercare\"",
                "<bpmn:process id=\"aftercare-copy\"");
        return Stream.of(
                Arguments.of("a message", asNewKey),
                Arguments.of("a signal", asNewKey.replaceFirst("<bpmn:messageEventDefinition [^>]*/>",
                        "<bpmn:signalEventDefinition />")),
                Arguments.of("a condition", asNewKey.replaceFirst("<bpmn:messageEventDefinition [^>]*/>",
                        "<bpmn:conditionalEventDefinition><bpmn:condition xsi:type=\"bpmn:tFormalExpression\">"
                                + "\\${true}</bpmn:condition></bpmn:conditionalEventDefinition>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventStarts")
    void aNewKeyMayNotStartOnAnEventTheProductTriggers(String what, String xml) {
        assertThat(xml).contains("aftercare-copy").doesNotContain("<bpmn:process id=\"aftercare\"");

        Report report = validate("aftercare-copy.bpmn", xml);

        assertThat(report.problems()).extracting(ModelProblem::code, ModelProblem::elementId)
                .contains(org.assertj.core.groups.Tuple.tuple(Code.EVENT_START, "Start_AftercareRequested"));
    }

    @org.junit.jupiter.api.Test
    void aSecondProcessOrDecisionInTheSameFileIsRefusedOnItsElement() {
        String twoProcesses = shipped("invoicing.bpmn").replace("</bpmn:definitions>",
                "<bpmn:process id=\"intake-copy\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
                        + "<bpmn:startEvent id=\"Start_Copy\" /></bpmn:process></bpmn:definitions>");
        String dmn = shipped("invoice-approval-rule.dmn");
        int decision = dmn.indexOf("<decision ");
        String decisionXml = dmn.substring(decision, dmn.indexOf("</decision>") + "</decision>".length());
        String twoDecisions = dmn.replace("</definitions>", decisionXml.replaceAll("id=\"([^\"]+)\"", "id=\"$1-copy\"")
                + "</definitions>");
        String secondDecision = decisionXml.replaceFirst("(?s).*?id=\"([^\"]+)\".*", "$1") + "-copy";

        assertThat(validate("invoicing.bpmn", twoProcesses).problems())
                .extracting(ModelProblem::code, ModelProblem::elementId)
                .contains(org.assertj.core.groups.Tuple.tuple(Code.SEVERAL_KEYS, "intake-copy"));
        assertThat(validate("invoice-approval-rule.dmn", twoDecisions).problems())
                .extracting(ModelProblem::code, ModelProblem::elementId)
                .contains(org.assertj.core.groups.Tuple.tuple(Code.SEVERAL_KEYS, secondDecision));
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aModelTheEngineRefusesIsTheUsersMistakeNotAServerError(
            org.springframework.boot.test.system.CapturedOutput output) {
        String function = shipped("invoicing.bpmn").replace("${trajectoryPhases.enter(",
                "${x:now() + trajectoryPhases.enter(");
        // A signal start without its signal: the engine's parser fails on it with an unexpected exception.
        String signal = shipped("aftercare.bpmn").replaceFirst("<bpmn:messageEventDefinition [^>]*/>",
                "<bpmn:signalEventDefinition />");
        assertThat(function).isNotEqualTo(shipped("invoicing.bpmn"));
        assertThat(signal).isNotEqualTo(shipped("aftercare.bpmn"));

        // The tests' logging keeps the command context quiet; here it logs errors as in production.
        ch.qos.logback.classic.Logger context = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("org.camunda.bpm.engine.context");
        ch.qos.logback.classic.Level level = context.getLevel();
        context.setLevel(ch.qos.logback.classic.Level.ERROR);
        try {
            assertThat(validate("invoicing.bpmn", function).valid()).isFalse();
            assertThat(validate("aftercare.bpmn", signal).problems()).extracting(ModelProblem::code)
                    .contains(Code.ENGINE);
        } finally {
            context.setLevel(level);
        }

        assertThat(output.getAll()).doesNotContain("ENGINE-01004").doesNotContain("ENGINE-16004")
                .doesNotContain("\tat org.camunda");
    }

    static Stream<Arguments> notModels() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</bpmn:definitions>";
        return Stream.of(
                Arguments.of("plain text", "dit is geen model", Code.MALFORMED),
                Arguments.of("malformed XML", "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">",
                        Code.MALFORMED),
                Arguments.of("an external entity", xxe, Code.EXTERNAL_ENTITY),
                Arguments.of("other XML", "<html><body/></html>", Code.NOT_A_MODEL),
                Arguments.of("too large", "<x>" + "a".repeat(ModelValidator.MAX_BYTES) + "</x>", Code.TOO_LARGE),
                Arguments.of("a DMN table the engine refuses",
                        shipped("invoice-approval-rule.dmn").replace("hitPolicy=\"FIRST\"", "hitPolicy=\"SOMETIMES\""),
                        Code.ENGINE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notModels")
    void whatIsNoModelIsRefusedAndNothingIsResolved(String what, String content, Code code) {
        assertThat(validate("upload.bpmn", content).problems()).extracting(ModelProblem::code).contains(code);
    }
}
