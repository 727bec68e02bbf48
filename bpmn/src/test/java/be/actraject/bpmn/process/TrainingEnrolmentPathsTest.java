package be.actraject.bpmn.process;

import be.actraject.workflow.Decision;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.SupportElements;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The paths through the training-enrolment model, one test each, with its shipped decision table. */
class TrainingEnrolmentPathsTest extends ProcessTestSupport {

    private ProcessInstance requested(long enrolmentId) {
        return engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.TRAINING_ENROLMENT,
                Long.toString(TRAJECTORY), Map.of(Variables.TRAJECTORY_ID, TRAJECTORY,
                        Variables.ENROLMENT_ID, enrolmentId));
    }

    @Test
    void aFreeModuleIsAgreedWithoutTheRuleOrTheCoordinator() throws Exception {
        trainingFacts.cost = 0;

        ProcessInstance enrolment = requested(12L);

        assertThat(enrolment).isEnded().hasPassed(SupportElements.ENROLMENT_AGREED)
                .hasNotPassed(SupportElements.TRAINING_APPROVAL_RULE, UserTask.TRAINING_APPROVAL.key(),
                        SupportElements.AGREE_BY_RULE);
        assertThat(openTasks(UserTask.TRAINING_APPROVAL)).isEmpty();
        // The domain agreed the free module when it was requested; agreeing again would fail.
        verify(ruleAgreement, never()).execute(any());
    }

    @Test
    void aModuleTheCooperativePaysWaitsForTheCoordinatorWhoAgrees() throws Exception {
        trainingFacts.cost = 350;
        trainingFacts.payer = "COOPERATIVE";
        ProcessInstance enrolment = requested(12L);
        assertThat(enrolment).isWaitingAt(UserTask.TRAINING_APPROVAL.key());
        assertThat(task(UserTask.TRAINING_APPROVAL)).hasCandidateGroup("coordinator");
        assertThat(engine.getRuntimeService().getVariable(enrolment.getId(),
                Variables.COORDINATOR_AGREEMENT_REQUIRED)).isEqualTo(true);

        decide(UserTask.TRAINING_APPROVAL, Decision.AGREE);

        assertThat(enrolment).isEnded().hasPassed(SupportElements.ENROLMENT_AGREED)
                .hasNotPassed(SupportElements.AGREE_BY_RULE);
        verify(ruleAgreement, never()).execute(any());
    }

    @Test
    void theCoordinatorRefusesAnEnrolmentTheCandidatePays() throws Exception {
        trainingFacts.cost = 80;
        trainingFacts.payer = "CANDIDATE";
        ProcessInstance enrolment = requested(12L);

        decide(UserTask.TRAINING_APPROVAL, Decision.REFUSE);

        assertThat(enrolment).isEnded().hasPassed(SupportElements.ENROLMENT_REFUSED)
                .hasNotPassed(SupportElements.ENROLMENT_AGREED);
        verify(ruleAgreement, never()).execute(any());
    }

    @Test
    void aSmallCostTheVdabPaysIsAgreedByTheRuleWithoutATask() throws Exception {
        trainingFacts.cost = 120;
        trainingFacts.payer = "VDAB";

        ProcessInstance enrolment = requested(12L);

        assertThat(enrolment).isEnded().hasPassed(SupportElements.TRAINING_APPROVAL_RULE,
                SupportElements.AGREE_BY_RULE, SupportElements.ENROLMENT_AGREED)
                .hasNotPassed(UserTask.TRAINING_APPROVAL.key());
        verify(ruleAgreement).execute(any());
    }

    @Test
    void aCostlyModuleWaitsForTheCoordinatorWhoeverPays() {
        trainingFacts.cost = 900;
        trainingFacts.payer = "THIRD_PARTY";

        ProcessInstance enrolment = requested(12L);

        assertThat(enrolment).isWaitingAt(UserTask.TRAINING_APPROVAL.key());
    }

    @Test
    void aTableThatGivesNoAnswerSendsTheEnrolmentToTheCoordinator() throws Exception {
        // As deployed through the process room by mistake: the shipped table without its catch-all row.
        String shipped = new String(getClass().getClassLoader()
                .getResourceAsStream("bpmn/training-approval-rule.dmn").readAllBytes(), StandardCharsets.UTF_8);
        String withoutCatchAll = shipped.replaceAll("(?s)<rule id=\"Rule_OthersPay\">.*?</rule>", "");
        assertThat(withoutCatchAll).isNotEqualTo(shipped);
        String broken = engine.getRepositoryService().createDeployment()
                .addString("training-approval-rule.dmn", withoutCatchAll).deploy().getId();
        try {
            trainingFacts.cost = 100;
            trainingFacts.payer = "VDAB";

            ProcessInstance enrolment = requested(12L);

            assertThat(enrolment).isWaitingAt(UserTask.TRAINING_APPROVAL.key());
            verify(ruleAgreement, never()).execute(any());
        } finally {
            // The other tests run the shipped table.
            engine.getRepositoryService().deleteDeployment(broken, true);
        }
    }

    @Test
    void aTableThatGivesSeveralAnswersSendsTheEnrolmentToTheCoordinatorInsteadOfFailing() throws Exception {
        // As deployed before the validator refused it: COLLECT gives the costly row's true and the catch-all's false.
        String shipped = new String(getClass().getClassLoader()
                .getResourceAsStream("bpmn/training-approval-rule.dmn").readAllBytes(), StandardCharsets.UTF_8);
        String collect = shipped.replace("hitPolicy=\"FIRST\"", "hitPolicy=\"COLLECT\"");
        assertThat(collect).isNotEqualTo(shipped);
        String broken = engine.getRepositoryService().createDeployment()
                .addString("training-approval-rule.dmn", collect).deploy().getId();
        try {
            trainingFacts.cost = 900;
            trainingFacts.payer = "VDAB";

            ProcessInstance enrolment = requested(12L);

            assertThat(enrolment).isWaitingAt(UserTask.TRAINING_APPROVAL.key());
            verify(ruleAgreement, never()).execute(any());
        } finally {
            engine.getRepositoryService().deleteDeployment(broken, true);
        }
    }

    /** The shipped table with its rows rewritten: as an older version, deployed before the validator refused it. */
    private String deployed(String resource, java.util.function.UnaryOperator<String> change) throws Exception {
        String shipped = new String(getClass().getClassLoader().getResourceAsStream(resource).readAllBytes(),
                StandardCharsets.UTF_8);
        String changed = change.apply(shipped);
        assertThat(changed).isNotEqualTo(shipped);
        return engine.getRepositoryService().createDeployment()
                .addString(resource.substring(resource.indexOf('/') + 1), changed).deploy().getId();
    }

    /** UNIQUE with rows [100..200] → true and >= 150 → false: at 160 both match, DMN-03001 in the engine. */
    static String overlappingUnique(String shipped) {
        return shipped.replace("hitPolicy=\"FIRST\"", "hitPolicy=\"UNIQUE\"")
                .replace("<text>\"COOPERATIVE\",\"CANDIDATE\"</text>", "<text>\"NOBODY\"</text>")
                .replace("<text>&gt; 500</text>", "<text>[100..200]</text>")
                .replaceAll("(<inputEntry id=\"InputEntry_OthersPay_Cost\"><text>)(</text>)", "$1&gt;= 150$2");
    }

    @Test
    void anOverlappingUniqueTableSendsTheEnrolmentToTheCoordinatorSayingTheRuleFailed() throws Exception {
        String broken = deployed("bpmn/training-approval-rule.dmn", TrainingEnrolmentPathsTest::overlappingUnique);
        try {
            trainingFacts.cost = 160;
            trainingFacts.payer = "VDAB";

            ProcessInstance enrolment = requested(12L);

            assertThat(enrolment).isWaitingAt(UserTask.TRAINING_APPROVAL.key());
            assertThat(engine.getRuntimeService().getVariable(enrolment.getId(), Variables.RULE_FAILED))
                    .isEqualTo(true);
            verify(ruleAgreement, never()).execute(any());
        } finally {
            engine.getRepositoryService().deleteDeployment(broken, true);
        }
    }

    @Test
    void theSameTableStillLetsTheRuleAgreeWhereItsRowsDoNotOverlap() throws Exception {
        String broken = deployed("bpmn/training-approval-rule.dmn", TrainingEnrolmentPathsTest::overlappingUnique);
        try {
            trainingFacts.cost = 250;
            trainingFacts.payer = "VDAB";

            ProcessInstance enrolment = requested(12L);

            assertThat(enrolment).isEnded().hasPassed(SupportElements.AGREE_BY_RULE)
                    .hasNotPassed(UserTask.TRAINING_APPROVAL.key());
            verify(ruleAgreement).execute(any());
        } finally {
            engine.getRepositoryService().deleteDeployment(broken, true);
        }
    }

    @Test
    void aTableAnsweringSomethingElseThanYesOrNoSendsTheEnrolmentToTheCoordinator() throws Exception {
        String broken = deployed("bpmn/training-approval-rule.dmn", shipped -> shipped
                .replace("typeRef=\"boolean\"", "typeRef=\"string\"")
                .replace("<outputEntry id=\"OutputEntry_OthersPay\"><text>false</text>",
                        "<outputEntry id=\"OutputEntry_OthersPay\"><text>\"no\"</text>"));
        try {
            trainingFacts.cost = 120;
            trainingFacts.payer = "VDAB";

            ProcessInstance enrolment = requested(12L);

            assertThat(enrolment).isWaitingAt(UserTask.TRAINING_APPROVAL.key());
            assertThat(engine.getRuntimeService().getVariable(enrolment.getId(), Variables.RULE_FAILED))
                    .isEqualTo(true);
        } finally {
            engine.getRepositoryService().deleteDeployment(broken, true);
        }
    }

    @Test
    void aRuleThatDecidesSaysItDidNotFail() {
        trainingFacts.cost = 900;
        trainingFacts.payer = "VDAB";

        ProcessInstance enrolment = requested(12L);

        assertThat(enrolment).isWaitingAt(UserTask.TRAINING_APPROVAL.key());
        assertThat(engine.getRuntimeService().getVariable(enrolment.getId(), Variables.RULE_FAILED))
                .isEqualTo(false);
    }
}
