package be.actraject.web.fullstack;

import be.actraject.web.support.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every issued invoice and credit note of the demo has its PDF; its e-invoice when Peppol reaches the customer, and
 * otherwise the invoice's page says why (issue 13: the demo's first invoice had a number and no documents).
 */
@FullStackTest
class DemoInvoiceDocumentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyIssuedInvoiceOfTheDemoHasItsPdfAndItsUblOrAReasonWhyNot() throws Exception {
        MockHttpSession office = (MockHttpSession) mvc.perform(formLogin("/login").user("office")
                .password(DemoAccounts.PASSWORD)).andReturn().getRequest().getSession(false);
        List<Map<String, Object>> issued = jdbc.queryForList("select i.id, c.peppol_id, c.kind from invoice i "
                + "left join customer c on c.id = i.customer_id where i.status = 'ISSUED' order by i.id");
        assertThat(issued).as("the demo issues invoices").hasSizeGreaterThanOrEqualTo(2);

        for (Map<String, Object> invoice : issued) {
            String path = "/invoices/" + invoice.get("ID");
            byte[] pdf = mvc.perform(get(path + "/pdf").session(office)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse()
                    .getContentAsByteArray();
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).as(path).isEqualTo("%PDF-");
            String page = mvc.perform(get(path).session(office)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).as(path).contains("data-testid=\"invoice-pdf\"");
            if (invoice.get("PEPPOL_ID") != null) {
                mvc.perform(get(path + "/ubl").session(office)).andExpect(status().isOk());
                assertThat(page).as(path).contains("data-testid=\"invoice-ubl\"");
            } else {
                // The true reason: a consumer is not on Peppol; a business has no Peppol address recorded.
                assertThat(page).as(path).contains("data-testid=\"invoice-no-ubl\"",
                        "CONSUMER".equals(invoice.get("KIND"))
                        ? "Geen e-factuur: een particulier is niet bereikbaar via Peppol"
                        : "Geen e-factuur: voor dit bedrijf is geen Peppol-adres geregistreerd");
            }
        }
    }
}
