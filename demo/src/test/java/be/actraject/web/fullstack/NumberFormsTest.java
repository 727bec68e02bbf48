package be.actraject.web.fullstack;

import be.actraject.domain.earnings.ExtraEarningsStatementRepository;
import be.actraject.domain.invoice.QuoteRepository;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTimers;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.PhaseElements;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The number forms' messages and questions: a number that does not read says which kind it wants with an example
 * that is accepted, a month of 1000 hours is refused as more than a month has (not as "two decimals"), and a price
 * above the plausibility ceiling is saved only once confirmed. Shares {@link MoneyInputsTest}'s application.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:money-inputs;DB_CLOSE_DELAY=-1")
@Tag("dates")
class NumberFormsTest {

    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService tasks;
    @Autowired
    QuoteRepository quotes;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ExtraEarningsStatementRepository statements;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private TestTrajectory candidate;
    private String customerId;

    /** A candidate of {@code coach} in the invoicing phase with a customer, made once for the class. */
    private TestTrajectory candidate() {
        if (candidate == null) {
            candidate = new TestTrajectories(context).candidate("Nora", "Getallen").coachedBy("coach").inInvoicing();
            customerId = Long.toString(new TestInvoicing(context).business(candidate, "Stad Proefdorp", "coach"));
        }
        return candidate;
    }

    private MockHttpServletRequestBuilder quote(MockHttpSession coach, String quantity, String unitPrice) {
        String kobe = candidate().dossier();
        return post(kobe + "/quotes/new").with(csrf()).session(coach).param("customerId", customerId)
                .param("subject", "Fietsvloot").param("validUntil", LocalDate.now(clock).plusDays(30).toString())
                .param("lines[0].description", "Fietsen").param("lines[0].quantity", quantity)
                .param("lines[0].unit", "PIECE").param("lines[0].unitPrice", unitPrice)
                .param("lines[0].vatCode", "21");
    }

    @Test
    void aNumberThatDoesNotReadIsRefusedWithAnExampleOfItsKindThatIsAccepted() throws Exception {
        MockHttpSession coach = signIn("coach");
        mvc.perform(quote(coach, "twee", "abc"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("quote", "lines[0].quantity", "lines[0].unitPrice"))
                .andExpect(content().string(containsString("Geef een aantal, bv. 1,5 of 3.")))
                .andExpect(content().string(containsString("Geef een bedrag, bv. 12,50 of 1.234,56.")))
                .andExpect(content().string(containsString("value=\"twee\"")))
                .andExpect(content().string(containsString("value=\"abc\"")))
                .andExpect(content().string(containsString("inputmode=\"decimal\"")))
                .andExpect(content().string(not(containsString("type=\"number\""))));
        mvc.perform(quote(coach, "1,5", "12,50").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give a quantity, e.g. 1.5 or 3.")))
                .andExpect(content().string(containsString("Give an amount, e.g. 12.50 or 1,234.56.")));
        // The examples are accepted, each in its own language.
        mvc.perform(quote(coach, "1,5", "1.234,56")).andExpect(status().is3xxRedirection());
        mvc.perform(quote(coach, "1.5", "1,234.56").param("lang", "en")).andExpect(status().is3xxRedirection());
        BigDecimal unitPrice = transaction.execute(t -> quotes.findAll(Sort.by(Sort.Direction.DESC, "id")).get(0)
                .getLines().get(0).getUnitPrice());
        assertThat(unitPrice).isEqualByComparingTo("1234.56");
    }

    @Test
    void aPriceAboveTheCeilingIsSavedOnlyOnceConfirmed() throws Exception {
        MockHttpSession coach = signIn("coach");
        long before = quotes.count();
        mvc.perform(quote(coach, "2", "150.000,00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("quote", "lines[0].unitPrice", "implausibleConfirmed"))
                .andExpect(content().string(containsString("Meer dan € 100.000,00 per eenheid is ongewoon")))
                .andExpect(content().string(containsString("Ja, dit bedrag klopt")))
                .andExpect(content().string(containsString("value=\"150000,00\"")));
        assertThat(quotes.count()).isEqualTo(before);
        mvc.perform(quote(coach, "20,000", "1").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("quote", "lines[0].quantity"))
                .andExpect(content().string(containsString("Yes, this amount is right")));

        mvc.perform(quote(coach, "2", "150.000,00").param("implausibleConfirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(quotes.count()).isEqualTo(before + 1);
        BigDecimal unitPrice = transaction.execute(t -> quotes.findAll(Sort.by(Sort.Direction.DESC, "id")).get(0)
                .getLines().get(0).getUnitPrice());
        assertThat(unitPrice).isEqualByComparingTo("150000");
    }

    @Test
    void pagesShowNumbersInTheReadersNotation() throws Exception {
        MockHttpSession coach = signIn("coach");
        String location = mvc.perform(quote(coach, "0,333", "1.234,56").param("lines[0].discountPercent", "12,5"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String english = mvc.perform(get(location).session(coach).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // 0.333 × 1,234.56 = 411.11, less 12.5 % (51.39) = 359.72
        assertThat(english).contains("0.333 ", "1,234.56", "12.5 %", "359.72").doesNotContain("1.234,56", "0,333");
        String dutch = mvc.perform(get(location).session(coach).param("lang", "nl")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(dutch).contains("0,333 ", "1.234,56", "12,5 %", "359,72");
        MockHttpSession coordinator = signIn("coordinator");
        String parameters = mvc.perform(get("/settings/parameters").session(coordinator).param("lang", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String cap = find(parameters,
                "id=\"extra-earnings-cap-per-hour\"[\\s\\S]*?data-testid=\"parameter-value\"[^>]*>([^<]*)<");
        assertThat(cap).matches("€ \\d+,\\d{2}");
        // A refused amount says what an amount is and echoes what was typed, not its plain reading.
        mvc.perform(post("/settings/parameters/extra-earnings-cap-per-hour").with(csrf()).session(coordinator)
                        .param("value", "-1,5").param("reason", "Test"))
                .andExpect(content().string(containsString("Geef een bedrag van nul of meer")))
                .andExpect(content().string(containsString("(getypt: -1,5)")));
    }

    @Test
    void aQuantityOfZeroOrLessGetsOneMessageWithAnExample() throws Exception {
        MockHttpSession coach = signIn("coach");
        mvc.perform(quote(coach, "0", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een aantal is groter dan nul, bv. 1 of 0,5.")))
                .andExpect(content().string(not(containsString("Deze waarde is te klein."))));
        MvcResult negative = mvc.perform(quote(coach, "-1", "10")).andExpect(status().isOk()).andReturn();
        BindingResult errors = (BindingResult) negative.getModelAndView().getModel()
                .get(BindingResult.MODEL_KEY_PREFIX + "quote");
        assertThat(errors.getFieldErrors("lines[0].quantity")).hasSize(1);
        assertThat(negative.getResponse().getContentAsString()).contains("Een aantal kan niet negatief zijn.")
                .doesNotContain("Deze waarde is te klein.");
    }

    @Test
    void aLineAmountIsAskedAboutAndRefusedAboveWhatTheColumnsHold() throws Exception {
        MockHttpSession coach = signIn("coach");
        long before = quotes.count();
        // Each field is usual, their product is not: asked once, beside the price.
        mvc.perform(quote(coach, "1000", "99.999,99"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("quote", "lines[0].unitPrice", "implausibleConfirmed"))
                .andExpect(model().attributeErrorCount("quote", 2))
                .andExpect(content().string(containsString("Een lijnbedrag (aantal × prijs) boven € 100.000,00")));
        // 100 000 × 100 000 = 10^10 EUR, more than numeric(12, 2) holds: refused on the form even when confirmed.
        // (The quantity without its grouping dot: a Dutch "100.000" could also be 100,000, and is asked again.)
        mvc.perform(quote(coach, "100000", "100.000").param("implausibleConfirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mag hoogstens € 9.999.999.999,99 zijn")));
        // A line that fits, whose total with 21 % VAT (10 890 000 000) does not.
        mvc.perform(quote(coach, "1", "9.000.000.000").param("implausibleConfirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het totaal mag hoogstens € 9.999.999.999,99")));
        assertThat(quotes.count()).isEqualTo(before);
    }

    @Test
    void aMonthOfAThousandHoursIsRefusedAsMoreThanAMonthHas() throws Exception {
        MockHttpSession office = signIn("office");
        new TestTimers(context).fire(candidate(), PhaseElements.EXTRA_EARNINGS_DUE);
        String task = tasks.createTaskQuery().taskDefinitionKey(UserTask.EXTRA_EARNINGS_STATEMENT.key())
                .processVariableValueEquals("trajectoryId", candidate().trajectoryId()).list().get(0).getId();
        mvc.perform(post("/tasks/" + task + "/claim").with(csrf()).session(office));
        String month = YearMonth.now(clock).toString();
        mvc.perform(post("/tasks/" + task + "/extra-earnings").with(csrf()).session(office)
                        .param("month", month).param("hours", "1000").param("preview", "1"))
                .andExpect(model().attributeHasFieldErrors("statement", "hours"))
                .andExpect(content().string(containsString(
                        "Zoveel uren telt geen enkele maand: de langste telt 744 uren (31 × 24).")))
                .andExpect(content().string(not(containsString("twee cijfers na de komma"))))
                .andExpect(content().string(containsString("value=\"1000\"")));
        // Under 744 but more than the month has: the last February (672 hours, 696 in a leap year) and the last
        // month of 30 days (720), both already begun and inside the statement's window on any day the test runs.
        YearMonth february = lastBegun(Month.FEBRUARY);
        int februaryHours = february.lengthOfMonth() * 24;
        mvc.perform(post("/tasks/" + task + "/extra-earnings").with(csrf()).session(office)
                        .param("month", february.toString()).param("hours", Integer.toString(februaryHours + 28))
                        .param("preview", "1"))
                .andExpect(model().attributeHasFieldErrors("statement", "hours"))
                .andExpect(content().string(containsString("De maand " + february + " telt hoogstens "
                        + februaryHours + " uren (" + february.lengthOfMonth() + " dagen × 24).")));
        YearMonth thirtyDays = YearMonth.now(clock);
        while (thirtyDays.lengthOfMonth() != 30) {
            thirtyDays = thirtyDays.minusMonths(1);
        }
        mvc.perform(post("/tasks/" + task + "/extra-earnings").with(csrf()).session(office)
                        .param("month", thirtyDays.toString()).param("hours", "744").param("preview", "1"))
                .andExpect(model().attributeHasFieldErrors("statement", "hours"))
                .andExpect(content().string(containsString("hoogstens 720 uren (30 dagen × 24)")));
        mvc.perform(post("/tasks/" + task + "/extra-earnings").with(csrf()).session(office)
                        .param("month", february.toString()).param("hours", Integer.toString(februaryHours))
                        .param("preview", "1"))
                .andExpect(content().string(not(containsString("telt hoogstens"))));
        mvc.perform(post("/tasks/" + task + "/extra-earnings").with(csrf()).session(office)
                        .param("month", month).param("hours", "37,5").param("preview", "1"))
                .andExpect(model().attributeHasNoErrors("statement"))
                .andExpect(content().string(containsString("value=\"37,5\"")));
        // Last month's statement, drawn up with hours typed in Dutch.
        mvc.perform(post("/tasks/" + task + "/extra-earnings").with(csrf()).session(office)
                        .param("month", YearMonth.now(clock).minusMonths(1).toString()).param("hours", "12,5"))
                .andExpect(status().is3xxRedirection());
        assertThat(statements.findAll(Sort.by(Sort.Direction.DESC, "id")).get(0).getHours())
                .isEqualByComparingTo("12.5");
    }

    /** The latest such month that has begun on the application's clock: this month or one in the last year. */
    private YearMonth lastBegun(Month month) {
        YearMonth now = YearMonth.now(clock);
        YearMonth found = now.withMonth(month.getValue());
        return found.isAfter(now) ? found.minusYears(1) : found;
    }
}
