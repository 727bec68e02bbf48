package be.actraject.web.invoice;

import be.actraject.domain.access.Actor;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.Customers;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static be.actraject.domain.customer.CustomerKind.CONSUMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The invoice form refuses an implausible delivery date (9999-12-31, 0001-01-01), says why, keeps what was typed. */
@FullStackTest
class ImplausibleSupplyDateTest {

    static final Actor COACH = Actor.of("coach", Role.COACH);

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Customers customers;

    @Test
    void theFormRefusesADeliveryDateFarFromTheInvoiceDate() throws Exception {
        long trajectory = new TestTrajectories(context).candidate("Ilse", "Leverdatum").coachedBy("coach")
                .inInvoicing().trajectoryId();
        long candidate = jdbc.queryForObject("select candidate_id from trajectory where id = ?", Long.class,
                trajectory);
        long consumer = customers.add(trajectory, new CustomerDetails(CONSUMER, "Jan Proefklant", "Kerkstraat 8",
                "2800", "Mechelen", "BE", null, null, null, null), COACH).getId();
        MockHttpSession coach = (MockHttpSession) mvc.perform(formLogin("/login").user("coach")
                .password(DemoAccounts.PASSWORD)).andReturn().getRequest().getSession(false);

        for (String date : new String[]{"9999-12-31", "0001-01-01"}) {
            int before = jdbc.queryForObject("select count(*) from invoice", Integer.class);
            String page = mvc.perform(post("/candidates/" + candidate + "/invoices/new").with(csrf()).session(coach)
                            .param("customerId", Long.toString(consumer)).param("description", "Onderhoud fiets")
                            .param("deliveryDate", date)
                            .param("lines[0].description", "Onderhoud").param("lines[0].quantity", "1")
                            .param("lines[0].unit", "HOUR").param("lines[0].unitPrice", "45")
                            .param("lines[0].vatCode", "21"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Een leverdatum of -periode ligt van ",
                    "value=\"Onderhoud fiets\"", date);
            assertThat(jdbc.queryForObject("select count(*) from invoice", Integer.class)).as("nothing written")
                    .isEqualTo(before);
        }
    }
}
