package be.actraject.web.settings;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.models.ApprovalRule;
import be.actraject.bpmn.parameters.Parameter;
import be.actraject.bpmn.parameters.ParameterRefusedException;
import be.actraject.bpmn.parameters.ParameterSettings;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.training.TrainingApprovalRule;
import be.actraject.web.number.Numbers;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ParametersController.class)
@Import({WebSliceConfiguration.class, Numbers.class, ParametersPage.class, RuleFailureText.class})
class ParametersControllerTest {

    private static final String CAP = "/settings/parameters/extra-earnings-cap-per-hour";

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

    @BeforeEach
    void theCapIsAtItsConfiguredValue() {
        given(settings.all(any())).willReturn(List.of(
                new ParameterSettings.Setting(Parameter.EXTRA_EARNINGS_CAP_PER_HOUR, "2.50", "2.50", null)));
    }

    @Test
    void thePageShowsEachParameterWithItsValueInDutch() throws Exception {
        mvc.perform(get("/settings/parameters").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(view().name("settings/parameters"))
                .andExpect(model().attributeExists("settings", "history", "ruleTable", "trainingRule"))
                .andExpect(content().string(containsString("2,50")));
    }

    @Test
    void theAddressesARefusedChangeLeavesOpenThePageAtThatPlace() throws Exception {
        mvc.perform(get(CAP).with(SignedIn.coordinator()))
                .andExpect(redirectedUrl("/settings/parameters#" + CAP.substring(CAP.lastIndexOf('/') + 1)));
        mvc.perform(get("/settings/approval-rule").with(SignedIn.coordinator()))
                .andExpect(redirectedUrl("/settings/parameters#approval-rule"));
        mvc.perform(get("/settings/parameters/no-such-parameter").with(SignedIn.coordinator()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAmountTypedWithACommaReachesTheServicePlainly() throws Exception {
        mvc.perform(post(CAP).with(csrf()).with(SignedIn.coordinator())
                        .param("value", "3,75").param("reason", "Indexering"))
                .andExpect(redirectedUrl("/settings/parameters#extra-earnings-cap-per-hour"))
                .andExpect(flashMessage("parameter.changed.RUNNING", "extra-earnings-cap-per-hour"));
        verify(settings).change(eq(Parameter.EXTRA_EARNINGS_CAP_PER_HOUR), eq("3.75"), eq("Indexering"), any());
    }

    @Test
    void textThatIsNoAmountComesBackBesideTheParameterAsTyped() throws Exception {
        mvc.perform(post(CAP).with(csrf()).with(SignedIn.coordinator())
                        .param("value", "drie euro").param("reason", "Indexering"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("failedKey", "extra-earnings-cap-per-hour"))
                .andExpect(content().string(containsString("value=\"drie euro\"")))
                .andExpect(content().string(containsString("value=\"Indexering\"")))
                .andExpect(content().string(containsString("(getypt: drie euro)")));
        verify(settings, never()).change(any(), any(), any(), any());
    }

    @Test
    void aChangeWithoutReasonIsRefusedWithTheServicesMessage() throws Exception {
        willThrow(new ParameterRefusedException(ParameterRefusedException.Reason.NO_REASON, null))
                .given(settings).change(any(), any(), any(), any());

        mvc.perform(post(CAP).with(csrf()).with(SignedIn.coordinator()).param("value", "3,75").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geef een reden voor de wijziging.")))
                .andExpect(content().string(containsString("value=\"3,75\"")));
    }

    @Test
    void anUnknownParameterIsNotFound() throws Exception {
        mvc.perform(post("/settings/parameters/no-such-thing").with(csrf()).with(SignedIn.coordinator())
                        .param("value", "1").param("reason", "x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCoachMayNotChangeParameters() throws Exception {
        mvc.perform(post(CAP).with(csrf()).with(SignedIn.coach()).param("value", "3,75").param("reason", "x"))
                .andExpect(status().isForbidden());
        verify(settings, never()).change(any(), any(), any(), any());
    }

    /** The invoice rule with a count typed in row 2, refused as the real service refuses it. */
    private org.springframework.test.web.servlet.ResultActions approvalRuleWithCount(String count, String lang)
            throws Exception {
        org.mockito.BDDMockito.willAnswer(call -> {
            List<ApprovalRule.Row> rows = call.getArgument(0);
            for (int r = 0; r < rows.size(); r++) {
                be.actraject.bpmn.models.AmountCondition.count(rows.get(r).issuedCount(), r + 1, "issuedCount");
            }
            return null;
        }).given(approvalRule).change(any(), any(), any());
        var request = post("/settings/approval-rule").with(csrf()).with(SignedIn.coordinator())
                .param("rows[0].issuedCount", "< 3").param("rows[0].amount", "").param("rows[0].coordinatorToo", "true")
                .param("rows[1].issuedCount", count).param("rows[1].amount", "> 2500")
                .param("rows[1].coordinatorToo", "true")
                .param("rows[2].issuedCount", "").param("rows[2].amount", "").param("rows[2].coordinatorToo", "false")
                .param("reason", "Telling");
        return mvc.perform(lang == null ? request : request.param("lang", lang));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"drie", "< 2,5", "> 1.000", "\"a\""})
    void aCountOfInvoicesThatIsNoWholeNumberIsRefusedNamingRowAndColumnAndTheTableComesBackAsTyped(String count)
            throws Exception {
        approvalRuleWithCount(count, null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rij 2, kolom Eerder uitgereikte facturen: "
                        + org.springframework.web.util.HtmlUtils.htmlEscape(count) + " is geen aantal. Schrijf een "
                        + "aantal facturen, een geheel getal, bv. &lt; 3 of [1..3]")))
                .andExpect(content().string(containsString("value=\""
                        + org.springframework.web.util.HtmlUtils.htmlEscape(count) + "\"")))
                .andExpect(content().string(containsString("data-rule-row=\"2\" class=\"table-danger\"")));
    }

    @Test
    void aCountOfInvoicesIsRefusedInEnglishToo() throws Exception {
        approvalRuleWithCount("three", "en")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("row 2, column Invoices issued before: three is not a "
                        + "count. Write a number of invoices, a whole number, e.g. &lt; 3 or [1..3]")));
    }

    @Test
    void aWholeCountReachesTheRule() throws Exception {
        approvalRuleWithCount("[1..3]", null)
                .andExpect(redirectedUrl("/settings/parameters#approval-rule"));
    }

    @Test
    void aTableTheEditorCannotWriteIsSaidSoNotAnError() throws Exception {
        willThrow(new be.actraject.bpmn.models.RuleTableRefusedException(
                be.actraject.bpmn.models.RuleTableRefusedException.Problem.NOT_EDITABLE, 0, "", "", "2 tables"))
                .given(approvalRule).change(any(), any(), any());

        mvc.perform(post("/settings/approval-rule").with(csrf()).with(SignedIn.coordinator())
                        .param("rows[0].issuedCount", "").param("rows[0].amount", "")
                        .param("rows[0].coordinatorToo", "false").param("reason", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kan hier niet als rijen bewerkt worden")));
    }

    @Test
    void aTableTheEditorCannotReadLeavesThePageUsableAndSaysWhy() throws Exception {
        willThrow(new be.actraject.bpmn.models.RuleTableRefusedException(
                be.actraject.bpmn.models.RuleTableRefusedException.Problem.NOT_EDITABLE, 0, "", "", "0 tables"))
                .given(trainingRule).rows();

        mvc.perform(get("/settings/parameters").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"training-rule-error\"")))
                .andExpect(content().string(containsString("kan hier niet als rijen bewerkt worden")))
                .andExpect(content().string(containsString("2,50")));
    }
}
