package be.actraject.web.fullstack;

import be.actraject.domain.access.Actor;
import be.actraject.domain.invoice.InvoiceDocuments;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The second tester's F1, through the whole stack: a customer once recorded could not be corrected. Office staff
 * correct one from the dossier, a refusal keeps what was typed, and the invoice issued before keeps the address it
 * was issued with.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:workspace-screens;DB_CLOSE_DELAY=-1")
class CustomerCorrectionScreensTest {

    private static final Actor OFFICE = Actor.of("office", Role.OFFICE);

    @Autowired
    MockMvc mvc;
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

    private static MockHttpServletRequestBuilder corrected(String edit, String enterpriseNumber) {
        return post(edit).with(csrf()).param("kind", "BELGIAN_BUSINESS").param("name", "Stad Verbeterdorp")
                .param("street", "Nieuwe Markt 9").param("postalCode", "2800").param("city", "Mechelen")
                .param("countryCode", "BE").param("enterpriseNumber", enterpriseNumber)
                .param("vatRegistered", "true").param("language", "NL");
    }

    @Test
    void officeStaffCorrectACustomerAndTheInvoiceIssuedBeforeKeepsItsAddress() throws Exception {
        TestTrajectory candidate = new TestTrajectories(context).candidate("Koen", "Klantverbetering")
                .coachedBy("coach").inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        long customer = invoicing.business(candidate, "Stad Verbeterdorp", "coach");
        long invoice = invoicing.issuedInvoice(candidate, customer, "Stad Verbeterdorp", "100.00", "coach");
        String edit = candidate.dossier() + "/customers/" + customer + "/edit";
        MockHttpSession office = signIn("office");

        assertThat(page(office, candidate.dossier())).contains("data-testid=\"edit-customer\"", "href=\"" + edit);
        assertThat(page(office, "/invoices/" + invoice)).contains("data-testid=\"edit-invoice-customer\"");
        assertThat(page(office, edit)).contains("Klant wijzigen", "value=\"Stationsplein 1\"");
        assertThat(mvc.perform(corrected(edit, "0403.170.702").session(office)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("Geen geldig ondernemingsnummer", "value=\"Nieuwe Markt 9\"");
        mvc.perform(corrected(edit, TestInvoicing.ENTERPRISE_NUMBER).session(office))
                .andExpect(redirectedUrl(candidate.dossier() + "#customers"));

        assertThat(page(office, candidate.dossier())).contains("Stad Verbeterdorp", "2800 Mechelen");
        assertThat(page(office, edit)).contains("value=\"Nieuwe Markt 9\"");
        assertThat(context.getBean(InvoiceDocuments.class).printed(invoice, OFFICE).document().buyer().street())
                .as("the invoice as it was issued").isEqualTo("Stationsplein 1");
        mvc.perform(get(edit).session(signIn("coach2"))).andExpect(status().isForbidden());
        mvc.perform(corrected(edit, TestInvoicing.ENTERPRISE_NUMBER).session(signIn("coach2")))
                .andExpect(status().isForbidden());
    }
}
