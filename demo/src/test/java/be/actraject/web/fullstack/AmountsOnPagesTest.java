package be.actraject.web.fullstack;

import be.actraject.domain.access.Actor;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 16: every amount a page shows reads as money in the reader's language — {@code € 3.150,00} in Dutch,
 * {@code €3,150.00} in English — not a bare {@code 3.150,00} under a header "(EUR)". Checked on the pages that show
 * a candidate's invoices: the exit decision at the end of invoicing, the dossier, an invoice, the open invoices.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AmountsOnPagesTest {

    /** A cell's or a span's whole text that is an amount without its currency, in either language. */
    private static final Pattern BARE_AMOUNT =
            Pattern.compile(">\\s*(-?\\d{1,3}(?:[.,]\\d{3})*[.,]\\d{2})\\s*<");

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;

    private TestTrajectory dossier;
    private long invoiceId;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).session(signIn(user))).andReturn().getResponse().getContentAsString();
    }

    private static List<String> bareAmounts(String html) {
        List<String> bare = new ArrayList<>();
        Matcher m = BARE_AMOUNT.matcher(html);
        while (m.find()) {
            bare.add(m.group(1));
        }
        return bare;
    }

    /** A candidate in invoicing with an issued invoice of 3 150.00 excl. VAT, made once. */
    private void fixture() {
        if (dossier == null) {
            dossier = new TestTrajectories(context).candidate("Mona", "Bedragen").coachedBy("coach").inInvoicing();
            TestInvoicing invoicing = new TestInvoicing(context);
            long customer = invoicing.business(dossier, "Stad Bedragdorp", "coach");
            invoiceId = invoicing.issuedInvoice(dossier, customer, "Stad Bedragdorp", "3150.00", "coach");
        }
    }

    @Test
    void theExitDecisionShowsTheInvoicesAmountsAsMoney() throws Exception {
        fixture();
        String task = new TestTrajectories(context).claim(dossier, UserTask.INVOICING_EXIT_DECISION,
                Actor.of("coach", Role.COACH));

        String dutch = page("coach", "/tasks/" + task + "/exit-decision");
        String english = page("coach", "/tasks/" + task + "/exit-decision?lang=en");

        assertThat(dutch).contains("€ 3.150,00").doesNotContain("(EUR)");
        assertThat(bareAmounts(dutch)).isEmpty();
        assertThat(english).contains("€3,150.00").doesNotContain("(EUR)");
        assertThat(bareAmounts(english)).isEmpty();
    }

    @Test
    void theDossierTheInvoiceAndTheOpenInvoicesShowNoBareAmount() throws Exception {
        fixture();
        for (String path : List.of(dossier.dossier(), "/invoices/" + invoiceId, "/invoices")) {
            for (String language : List.of("nl", "en")) {
                String html = page("coordinator", path + "?lang=" + language);
                assertThat(bareAmounts(html)).as(path + " in " + language).isEmpty();
            }
        }
    }
}
