package be.actraject.web.settings;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.models.AmountCondition;
import be.actraject.bpmn.models.ApprovalRule;
import be.actraject.bpmn.models.RuleTableRefusedException;
import be.actraject.bpmn.parameters.ParameterSettings;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.training.TrainingApprovalRule;
import be.actraject.web.number.Numbers;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(TrainingRuleController.class)
@Import({WebSliceConfiguration.class, Numbers.class, ParametersPage.class, RuleFailureText.class})
class TrainingRuleControllerTest {

    @Autowired
    MockMvc mvc;
    /** The task screen helper every slice loads asks for it; this form reads no task. */
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    ParameterSettings settings;
    @MockitoBean
    ApprovalRule approvalRule;
    @MockitoBean
    TrainingApprovalRule trainingRule;
    @MockitoBean
    Accounts accounts;

    /** Two rows: the VDAB or a third party above 250,50 in exploration, otherwise not. */
    private static MockHttpServletRequestBuilder table(String cost) {
        return post("/settings/training-rule").with(csrf()).with(SignedIn.coordinator())
                .param("rows[0].payers", "VDAB", "THIRD_PARTY").param("rows[0].cost", cost)
                .param("rows[0].phases", "EXPLORATION").param("rows[0].coordinatorAgrees", "true")
                .param("rows[0].description", "Dure modules van anderen")
                .param("rows[1].payers", "").param("rows[1].cost", "").param("rows[1].coordinatorAgrees", "false")
                .param("rows[1].description", "Anders de coach")
                .param("reason", "Strenger");
    }

    @Test
    void theAddressARefusedChangeLeavesOpensTheTableNotAMethodNotAllowed() throws Exception {
        mvc.perform(get("/settings/training-rule").with(SignedIn.coordinator()))
                .andExpect(redirectedUrl("/settings/parameters#training-rule"));
    }

    @Test
    void theTableAsChosenReachesTheRuleAndThePageSaysItChanged() throws Exception {
        mvc.perform(table("> 250,50"))
                .andExpect(redirectedUrl("/settings/parameters#training-rule"))
                .andExpect(flashMessage("trainingRule.changed"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<TrainingApprovalRule.Row>> rows = ArgumentCaptor.forClass(List.class);
        verify(trainingRule).change(rows.capture(), eq("Strenger"), any());
        assertThat(rows.getValue()).containsExactly(
                new TrainingApprovalRule.Row(List.of("VDAB", "THIRD_PARTY"), "> 250,50", List.of("EXPLORATION"), true,
                        "Dure modules van anderen"),
                new TrainingApprovalRule.Row(List.of(), "", List.of(), false, "Anders de coach"));
    }

    @Test
    void aRefusedRowIsNamedInDutchAndTheTableComesBackAsTyped() throws Exception {
        willThrow(new RuleTableRefusedException(RuleTableRefusedException.Problem.UNREADABLE, 1,
                TrainingApprovalRule.COST, "> 25O", "failed to parse expression"))
                .given(trainingRule).change(any(), any(), any());

        mvc.perform(table("> 25O"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "rij 1, kolom Kostprijs (EUR): de voorwaarde &gt; 25O is niet leesbaar")))
                .andExpect(content().string(containsString("value=\"&gt; 25O\"")))
                .andExpect(content().string(containsString("value=\"Strenger\"")))
                .andExpect(content().string(containsString("value=\"THIRD_PARTY\" selected=\"selected\"")))
                .andExpect(content().string(containsString("data-training-rule-row=\"1\" class=\"table-danger\"")));
    }

    /** The rule refuses a cost no person means, as {@link AmountCondition#meant} does in the real service. */
    private void refusingCostsNoPersonMeans() {
        willAnswer(call -> {
            List<TrainingApprovalRule.Row> rows = call.getArgument(0);
            for (int r = 0; r < rows.size(); r++) {
                AmountCondition.meant(rows.get(r).cost(), rows.get(r).cost(), r + 1, TrainingApprovalRule.COST);
            }
            return null;
        }).given(trainingRule).change(any(), any(), any());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
            "> 100, < 200; &gt; 100, &lt; 200 past bij elke waarde, want een komma betekent &quot;of&quot;",
            "[200..100]; [200..100] is een leeg bereik",
            "< 0; &lt; 0 past nooit, want een bedrag of aantal is nooit negatief"})
    void aCostNoPersonMeansIsRefusedInDutchNamingTheCellAndTheTableComesBackAsTyped(String cost, String text)
            throws Exception {
        refusingCostsNoPersonMeans();

        mvc.perform(table(cost))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rij 1, kolom Kostprijs (EUR): " + text)))
                .andExpect(content().string(containsString("value=\"" + org.springframework.web.util.HtmlUtils
                        .htmlEscape(cost) + "\"")))
                .andExpect(content().string(containsString("data-training-rule-row=\"1\" class=\"table-danger\"")));
    }

    @Test
    void aCostNoPersonMeansIsRefusedInEnglishToo() throws Exception {
        refusingCostsNoPersonMeans();

        mvc.perform(table("> 100, < 200").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("row 1, column Cost (EUR): &gt; 100, &lt; 200 matches "
                        + "every value, since a comma means &quot;or&quot;. For &quot;between&quot; write a range, "
                        + "e.g. [100..200].")));
    }

    @Test
    void aRightCostStillReachesTheRule() throws Exception {
        refusingCostsNoPersonMeans();

        mvc.perform(table("[100..200]"))
                .andExpect(redirectedUrl("/settings/parameters#training-rule"));
    }

    @Test
    void addingARowKeepsWhatWasTypedAndChangesNothing() throws Exception {
        mvc.perform(table("> 300").param("addRow", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-training-rule-row=\"3\"")))
                .andExpect(content().string(containsString("value=\"&gt; 300\"")));
        verify(trainingRule, never()).change(any(), any(), any());
    }

    @Test
    void aCoachMayNotChangeTheRule() throws Exception {
        mvc.perform(post("/settings/training-rule").with(csrf()).with(SignedIn.coach()).param("reason", "x"))
                .andExpect(status().isForbidden());
        verify(trainingRule, never()).change(any(), any(), any());
    }

    /** The rule reads each cost as the real service does ({@link AmountCondition#feel}). */
    private void readingCostsAsTheServiceDoes() {
        willAnswer(call -> {
            List<TrainingApprovalRule.Row> rows = call.getArgument(0);
            for (int r = 0; r < rows.size(); r++) {
                AmountCondition.feel(rows.get(r).cost(), r + 1, TrainingApprovalRule.COST);
            }
            return null;
        }).given(trainingRule).change(any(), any(), any());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"> 1,000", "> 12,500", "> 1.000"})
    void anAmountWithAThousandsCommaOrPointIsRefusedAsAmbiguousOnTheEnglishPageNeverReadAsDecimals(String cost)
            throws Exception {
        readingCostsAsTheServiceDoes();

        mvc.perform(table(cost).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("row 1, column Cost (EUR): in "
                        + org.springframework.web.util.HtmlUtils.htmlEscape(cost) + " it is unclear whether the point "
                        + "or the comma separates thousands or cents")))
                .andExpect(content().string(containsString("with a point for the cents, e.g. &gt; 1000 or "
                        + "&gt; 500.50.")));
        mvc.perform(table(cost))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rij 1, kolom Kostprijs (EUR): in "
                        + org.springframework.web.util.HtmlUtils.htmlEscape(cost) + " is niet duidelijk of de punt "
                        + "of de komma duizendtallen of centen scheidt")));
    }

    @Test
    void theHintsWriteCentsAsTheReadersLanguageDoes() throws Exception {
        mvc.perform(table("> 300").param("addRow", "1").param("lang", "en"))
                .andExpect(content().string(containsString("&lt;= 250.50")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("250,50"))));
        mvc.perform(table("> 300").param("addRow", "1"))
                .andExpect(content().string(containsString("&lt;= 250,50")));
    }

    private void refusingWithProblem(be.actraject.bpmn.models.ModelProblem.Code code, String detail) {
        willThrow(new be.actraject.bpmn.models.ModelInvalidException(new be.actraject.bpmn.models.ModelValidator.Report(
                be.actraject.bpmn.models.ModelValidator.Kind.DMN, "training-approval-rule", List.of(
                new be.actraject.bpmn.models.ModelProblem(code, "training-approval-rule", detail)))))
                .given(trainingRule).change(any(), any(), any());
    }

    @Test
    void aCaseWhereRowsOverlapIsNamedWithTheEditorsColumnsAndValuesNotTheTablesNames() throws Exception {
        refusingWithProblem(be.actraject.bpmn.models.ModelProblem.Code.RULE_OVERLAP,
                "cost = 150, payer = COOPERATIVE, phase = INTAKE");

        mvc.perform(table("> 300"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Bij kostprijs = € 150, wie betaalt = de coöperatie, fase = Intake passen meerdere rijen")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("COOPERATIVE,"))));
        mvc.perform(table("> 300").param("lang", "en"))
                .andExpect(content().string(containsString(
                        "At cost = € 150, who pays = the cooperative, phase = Intake several rows match")));
    }

    /** The case a table fails at a boundary is named as the editor names it; the engine's English stays out. */
    @Test
    void aCaseTheTableFailsAtABoundaryIsNamedWithTheEditorsColumnsNotTheTablesNames() throws Exception {
        refusingWithProblem(be.actraject.bpmn.models.ModelProblem.Code.RULE_BOUNDARY_FAILED,
                "cost = 100.01, payer = COOPERATIVE, phase = INTAKE: DMN-01002 Unable to evaluate expression for input "
                        + "'cost'");

        mvc.perform(table("> 300"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "grenswaarde uit haar vakken: kostprijs = € 100,01, wie betaalt = de coöperatie, fase = Intake.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("cost ="))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("DMN-01002"))));
    }

    @Test
    void anUnansweredInvoiceCaseNamesTheAmountInTheReadersNumbers() throws Exception {
        refusingWithProblem(be.actraject.bpmn.models.ModelProblem.Code.RULE_SAMPLE_UNANSWERED,
                "amount = 2500.01, issuedInvoiceCount = 5");

        mvc.perform(table("> 300"))
                .andExpect(content().string(containsString(
                        "bedrag = € 2.500,01, eerder uitgereikte facturen = 5")));
        mvc.perform(table("> 300").param("lang", "en"))
                .andExpect(content().string(containsString("amount = € 2,500.01, invoices issued before = 5")));
    }

    @Test
    void theEnginesWordsAreLeftOutOfAnUnreadableCondition() throws Exception {
        willThrow(new RuleTableRefusedException(RuleTableRefusedException.Problem.UNREADABLE, 2,
                TrainingApprovalRule.COST, "< 3 and > 1", "FEEL/SCALA-01008 Error while evaluating expression"))
                .given(trainingRule).change(any(), any(), any());

        mvc.perform(table("< 3 and > 1"))
                .andExpect(content().string(containsString(
                        "rij 2, kolom Kostprijs (EUR): de voorwaarde &lt; 3 and &gt; 1 is niet leesbaar.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("FEEL"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("evaluating"))));
    }
}
