package be.actraject.web.fullstack;

import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.access.Actor;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.VatRate;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Decision;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator changes the conversation frequency and the approval threshold without opening a diagram: bad
 * values refused beside their field with what was typed kept, good ones recorded and taken at once — an invoice the
 * old rule left to the coach now waits for the coordinator too.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:parameters-screens;DB_CLOSE_DELAY=-1")
class ParametersScreensTest {

    private static final Actor COACH = Actor.of("coach", Role.COACH);

    @Autowired
    MockMvc mvc;
    @Autowired
    TrajectoryParameters live;
    @Autowired
    InvoiceTasks invoices;
    @Autowired
    TaskService tasks;
    @Autowired
    ApplicationContext context;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theConversationFrequencyAndTheApprovalThresholdChangeWithoutADiagram() throws Exception {
        MockHttpSession coordinator = signIn("coordinator");
        assertThat(page(coordinator, "/settings/parameters")).contains("data-parameter=\"conversation-interval.invoicing\"",
                "Gesprekken in de facturatie", "Alleen wat na de wijziging start", "data-testid=\"approval-rule\"");

        mvc.perform(post("/settings/parameters/conversation-interval.invoicing").with(csrf()).session(coordinator)
                        .param("value", "elke week").param("reason", "Vaker zien"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit is niet geschreven zoals gevraagd")))
                .andExpect(content().string(containsString("value=\"elke week\"")))
                .andExpect(content().string(containsString("value=\"Vaker zien\"")));
        mvc.perform(post("/settings/parameters/limit-warning").with(csrf()).session(coordinator)
                        .param("value", "P13M").param("reason", "Vroeger"))
                .andExpect(content().string(containsString("Dit past niet bij de andere waarden")));
        assertThat(live.getConversationInterval().get(Phase.INVOICING)).isEqualTo(Period.ofMonths(1));

        mvc.perform(post("/settings/parameters/conversation-interval.invoicing").with(csrf()).session(coordinator)
                        .param("value", "P2W").param("reason", "Vaker zien in de facturatie"))
                .andExpect(redirectedUrl("/settings/parameters#conversation-interval.invoicing"))
                .andExpect(flashMessage("parameter.changed.NEW_ONLY"));
        assertThat(live.conversationCycle("INVOICING")).isEqualTo("R/P14D");
        assertThat(page(coordinator, "/settings/parameters")).contains("P14D", "Vaker zien in de facturatie");

        // The approval table: a candidate with two invoices issued; with "the first two" and above 1 500, an invoice of 2 000
        // (the coach alone under the old rule) needs the coordinator too, one of 1 000 does not.
        mvc.perform(rule(coordinator, "< 2", "> 1500", "").param("addRow", "1"))
                .andExpect(content().string(containsString("data-rule-row=\"4\"")))
                .andExpect(content().string(containsString("value=\"&gt; 1500\"")));
        mvc.perform(rule(coordinator, "< 2", "[1500..", "Voorzichtiger"))
                .andExpect(content().string(containsString("De tabel is zo niet bruikbaar")))
                .andExpect(content().string(containsString("value=\"[1500..\"")))
                .andExpect(content().string(containsString("value=\"Voorzichtiger\"")));
        mvc.perform(rule(coordinator, "< 2", "> 1500", "Voorzichtiger"))
                .andExpect(redirectedUrl("/settings/parameters#approval-rule"));
        assertThat(page(coordinator, "/settings/parameters")).contains("value=\"&gt; 1500\"", "value=\"&lt; 2\"");
        assertThat(page(coordinator, "/models")).contains("Voorzichtiger");

        TestTrajectory candidate = new TestTrajectories(context).candidate("Paul", "Parameters").coachedBy("coach")
                .inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        long club = invoicing.consumer(candidate, "Wielerclub Proef", "coach");
        invoicing.issuedInvoice(candidate, club, "Wielerclub Proef", "540.00", "coach");
        invoicing.issuedInvoice(candidate, club, "Wielerclub Proef", "320.00", "coach");
        long kobe = candidate.trajectoryId();
        long invoice = invoices.submit(kobe, new InvoiceDraft("Wielerclub Proef", "Seizoensonderhoud",
                new BigDecimal("2000.00"), VatRate.TWENTY_ONE, club), COACH).getId();
        String approval = tasks.createTaskQuery().taskDefinitionKey(UserTask.INVOICE_APPROVAL_COACH.key())
                .processVariableValueEquals("invoiceId", invoice).singleResult().getId();
        invoices.completeApproval(approval, UserTask.INVOICE_APPROVAL_COACH, Decision.APPROVE, null, COACH);
        assertThat(tasks.createTaskQuery().taskDefinitionKey(UserTask.INVOICE_APPROVAL_COORDINATOR.key())
                .processVariableValueEquals("invoiceId", invoice).count()).isEqualTo(1);
        assertThat(page(coordinator, "/tasks?scope=ALL&candidate=Parameters")).contains("Factuur goedkeuren (coördinator)");
        long small = invoices.submit(kobe, new InvoiceDraft("Wielerclub Proef", "Kleine herstelling",
                new BigDecimal("1000.00"), VatRate.TWENTY_ONE, club), COACH).getId();
        invoices.completeApproval(tasks.createTaskQuery().taskDefinitionKey(UserTask.INVOICE_APPROVAL_COACH.key())
                .processVariableValueEquals("invoiceId", small).singleResult().getId(), UserTask.INVOICE_APPROVAL_COACH,
                Decision.APPROVE, null, COACH);
        assertThat(tasks.createTaskQuery().taskDefinitionKey(UserTask.INVOICE_APPROVAL_COORDINATOR.key())
                .processVariableValueEquals("invoiceId", small).count()).isZero();

        mvc.perform(get("/settings/parameters").session(signIn("coach"))).andExpect(status().isForbidden());
        assertThat(page(signIn("admin"), "/admin/audit")).contains("Parameter gewijzigd", "conversation-interval.invoicing",
                "invoice-approval-rule");
    }

    /** The approval table of three rows as the settings page posts it. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder rule(
            MockHttpSession session, String firstRows, String amount, String reason) {
        return post("/settings/approval-rule").with(csrf()).session(session)
                .param("rows[0].issuedCount", firstRows).param("rows[0].amount", "")
                .param("rows[0].coordinatorToo", "true").param("rows[0].description", "De eerste facturen")
                .param("rows[1].issuedCount", "").param("rows[1].amount", amount)
                .param("rows[1].coordinatorToo", "true").param("rows[1].description", "Grote facturen")
                .param("rows[2].issuedCount", "").param("rows[2].amount", "")
                .param("rows[2].coordinatorToo", "false").param("rows[2].description", "Anders de coach alleen")
                .param("reason", reason);
    }
}
