package be.actraject.bpmn.parameters;

import be.actraject.bpmn.models.ApprovalRule;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import be.actraject.domain.settings.ParameterChanges;
import be.actraject.workflow.Phase;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Clock;
import java.time.Period;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Parameters changed as a coordinator does on the settings page: checked against the others, stored with the reason,
 * in the audit log, taken by the running application, and again after a restart; the approval rule changed as two
 * numbers becomes a new version of the decision table that the next decision uses.
 */
@SpringBootTest
class ParameterSettingsTest {

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    @Autowired
    ParameterSettings settings;
    @Autowired
    TrajectoryParameters live;
    @Autowired
    ParameterChanges changes;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;
    @Autowired
    ApprovalRule approvalRule;
    @Autowired
    DecisionService decisions;
    @Autowired
    RepositoryService repository;

    private Map<Phase, Period> conversations;
    private Period limitWarning;
    private java.util.List<ApprovalRule.Row> rule;

    @org.junit.jupiter.api.BeforeEach
    void remember() {
        conversations = live.getConversationInterval();
        limitWarning = live.getLimitWarning();
        rule = approvalRule.rows();
    }

    /** The context is shared with other tests: leave the parameters and the rule as they were. */
    @org.junit.jupiter.api.AfterEach
    void restore() {
        live.setConversationInterval(conversations);
        live.setLimitWarning(limitWarning);
        live.setEntreSpiegelScaleMin(1);
        live.setEntreSpiegelScaleMax(5);
        if (!approvalRule.rows().equals(rule)) {
            approvalRule.change(rule, "terug zoals voor de test", COORDINATOR);
        }
    }

    private ParameterRefusedException.Reason refusal(Parameter p, String value, String reason) {
        try {
            settings.change(p, value, reason, COORDINATOR);
        } catch (ParameterRefusedException e) {
            return e.reason();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aChangeIsCheckedStoredRecordedAndTakenByTheRunningApplicationAndAfterARestart() {
        long before = changes.inOrder().size();
        assertThat(refusal(Parameter.CONVERSATION_INTERVAL_INVOICING, "elke maand", "ritme")).isEqualTo(
                ParameterRefusedException.Reason.FORMAT);
        assertThat(refusal(Parameter.LIMIT_WARNING, "P13M", "vroeger verwittigen")).isEqualTo(
                ParameterRefusedException.Reason.INVALID);
        assertThat(refusal(Parameter.CONVERSATION_INTERVAL_INVOICING, "P3W", " ")).isEqualTo(
                ParameterRefusedException.Reason.NO_REASON);
        assertThat(refusal(Parameter.CONVERSATION_INTERVAL_INVOICING,
                live.getConversationInterval().get(Phase.INVOICING).toString(), "niets")).isEqualTo(
                ParameterRefusedException.Reason.UNCHANGED);
        assertThatThrownBy(() -> settings.change(Parameter.CONVERSATION_INTERVAL_INVOICING, "P3W", "x",
                Actor.of("coach", Role.COACH))).isInstanceOf(NotPermittedException.class);
        assertThat(changes.inOrder().size()).isEqualTo(before);

        settings.change(Parameter.CONVERSATION_INTERVAL_INVOICING, "P3W", "Om de drie weken volstaat", COORDINATOR);

        assertThat(live.getConversationInterval().get(Phase.INVOICING)).isEqualTo(Period.ofWeeks(3));
        assertThat(live.conversationCycle("INVOICING")).isEqualTo("R/P21D");
        assertThat(settings.all(COORDINATOR)).filteredOn(s -> s.parameter() == Parameter.CONVERSATION_INTERVAL_INVOICING)
                .singleElement().satisfies(s -> {
                    assertThat(s.value()).isEqualTo("P21D");
                    assertThat(s.lastChange().getReason()).isEqualTo("Om de drie weken volstaat");
                });
        assertThat(audit.latest(5, COORDINATOR)).anySatisfy(e -> {
            assertThat(e.getKind()).isEqualTo(AuditKind.PARAMETER_CHANGED);
            assertThat(e.getDetail()).contains("P1M → P21D");
        });

        // The Entre-spiegel scale: written as min-max, checked, taken by the assessments that follow.
        assertThat(refusal(Parameter.ENTRE_SPIEGEL_SCALE, "5-1", "omgekeerd")).isEqualTo(
                ParameterRefusedException.Reason.INVALID);
        assertThat(refusal(Parameter.ENTRE_SPIEGEL_SCALE, "een tot tien", "fijner")).isEqualTo(
                ParameterRefusedException.Reason.FORMAT);
        settings.change(Parameter.ENTRE_SPIEGEL_SCALE, "1-10", "Fijner scoren", COORDINATOR);
        assertThat(live.entreSpiegelScale().max()).isEqualTo(10);

        // After a restart: the stored change applies over the configuration.
        TrajectoryParameters fresh = new TrajectoryParameters();
        new ParameterSettings(fresh, changes, audit, clock).afterSingletonsInstantiated();
        assertThat(fresh.getConversationInterval().get(Phase.INVOICING)).isEqualTo(Period.ofWeeks(3));
    }

    @Test
    void aChangeStoredByAnotherNodeIsTakenAtTheNextRefresh() {
        settings.refresh();
        String before = Parameter.LIMIT_WARNING.valueIn(live);
        // Another node stores the change: this one's values do not know of it yet.
        changes.record(Parameter.LIMIT_WARNING.key(), before, "P3W", "Op een ander knooppunt", "coordinator",
                clock.instant());
        assertThat(Parameter.LIMIT_WARNING.valueIn(live)).isEqualTo(before);

        settings.refresh();

        assertThat(live.getLimitWarning()).isEqualTo(Period.ofWeeks(3));
    }

    @Test
    void theApprovalRuleEditedAsATableIsANewVersionTheNextDecisionUses() {
        java.util.List<ApprovalRule.Row> before = approvalRule.rows();
        assertThat(before).extracting(ApprovalRule.Row::issuedCount, ApprovalRule.Row::amount,
                ApprovalRule.Row::coordinatorToo).containsExactly(
                org.assertj.core.groups.Tuple.tuple("< 3", "", true), org.assertj.core.groups.Tuple.tuple("", "> 2500", true),
                org.assertj.core.groups.Tuple.tuple("", "", false));
        int versions = (int) repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(ProcessKeys.INVOICE_APPROVAL_RULE).count();
        assertThat(decide(5, 2000)).isFalse();

        var lower = java.util.List.of(before.get(0), new ApprovalRule.Row("", "> 1500", true, "Grote facturen"),
                before.get(2));
        approvalRule.change(lower, "Grotere zorg bij bedragen", COORDINATOR);

        assertThat(approvalRule.rows().get(1).amount()).isEqualTo("> 1500");
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(ProcessKeys.INVOICE_APPROVAL_RULE)
                .count()).isEqualTo(versions + 1);
        assertThat(decide(5, 2000)).isTrue();
        assertThat(decide(5, 1000)).isFalse();
        assertThat(refusedRule(lower, "zelfde")).isEqualTo(ParameterRefusedException.Reason.UNCHANGED);
        assertThat(refusedRule(java.util.List.of(new ApprovalRule.Row("", "[1000..", true, null),
                before.get(2)), "onleesbaar")).isEqualTo(ParameterRefusedException.Reason.INVALID);
        assertThat(refusedRule(java.util.List.of(before.get(0)), "geen vangnet"))
                .isEqualTo(ParameterRefusedException.Reason.INVALID);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(ProcessKeys.INVOICE_APPROVAL_RULE)
                .count()).isEqualTo(versions + 1);
    }

    private ParameterRefusedException.Reason refusedRule(java.util.List<ApprovalRule.Row> rows, String reason) {
        try {
            approvalRule.change(rows, reason, COORDINATOR);
        } catch (ParameterRefusedException e) {
            return e.reason();
        }
        throw new AssertionError("not refused");
    }

    private boolean decide(int issued, double amount) {
        return decisions.evaluateDecisionTableByKey(ProcessKeys.INVOICE_APPROVAL_RULE,
                Map.of("issuedInvoiceCount", issued, "amount", amount)).getSingleEntry();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"drie", "< 2,5", "> 1.000", "\"a\""})
    void anInvoiceCountThatIsNotAWholeNumberIsRefusedNamingItsRowAndColumnAndNothingIsDeployed(String typed) {
        java.util.List<ApprovalRule.Row> before = approvalRule.rows();
        long versions = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(ProcessKeys.INVOICE_APPROVAL_RULE).count();

        Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> approvalRule.change(java.util.List.of(
                before.get(0), new ApprovalRule.Row(typed, "", true, "telling"), before.get(2)), "telling",
                COORDINATOR));

        assertThat(e).isInstanceOfSatisfying(be.actraject.bpmn.models.RuleTableRefusedException.class, r -> {
            assertThat(r.problem()).isEqualTo(be.actraject.bpmn.models.RuleTableRefusedException.Problem.NOT_A_COUNT);
            assertThat(r.row()).isEqualTo(2);
            assertThat(r.column()).isEqualTo("issuedCount");
        });
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(ProcessKeys.INVOICE_APPROVAL_RULE)
                .count()).isEqualTo(versions);
    }

    @Autowired
    be.actraject.bpmn.models.ModelDeployment deployment;

    @Test
    void aRuleTableDeployedWithPrefixedDmnElementsIsEditedAsRowsAndTheNextDecisionUsesThem() throws Exception {
        String shipped;
        try (var in = getClass().getResourceAsStream("/bpmn/invoice-approval-rule.dmn")) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String prefixed = shipped.replace("xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"",
                        "xmlns:dmn=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"")
                .replaceAll("<(/?)(definitions|decision|description|decisionTable|inputExpression|input|text|output"
                        + "|rule|inputEntry|outputEntry)(?=[\\s>/])", "<$1dmn:$2");
        assertThat(prefixed).contains("<dmn:rule ").doesNotContain("<rule ");
        deployment.deploy("invoice-approval-rule.dmn", prefixed.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "met voorvoegsel", COORDINATOR);
        java.util.List<ApprovalRule.Row> before = approvalRule.rows();
        assertThat(before).isEqualTo(rule);

        var lower = java.util.List.of(before.get(0), new ApprovalRule.Row("", "> 1500", true, "Grote facturen"),
                before.get(2));
        approvalRule.change(lower, "Grotere zorg bij bedragen", COORDINATOR);
        approvalRule.change(java.util.List.of(before.get(0), new ApprovalRule.Row("", "> 1800", true, "Grote"),
                before.get(2)), "nog eens", COORDINATOR);

        assertThat(approvalRule.rows().get(1).amount()).isEqualTo("> 1800");
        assertThat(decide(5, 2000)).isTrue();
        assertThat(decide(5, 1700)).isFalse();
    }
}
