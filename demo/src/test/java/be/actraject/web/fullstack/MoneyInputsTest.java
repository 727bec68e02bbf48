package be.actraject.web.fullstack;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.earnings.ActivityCostRepository;
import be.actraject.domain.invoice.InvoiceRepository;
import be.actraject.domain.invoice.PaymentRepository;
import be.actraject.domain.invoice.QuoteRepository;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.web.system.Flash;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
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
import org.springframework.web.servlet.FlashMap;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every money input of the application, posted as a user types it in Dutch and in English: what the language writes
 * is stored as meant ({@code 12,50}, {@code 1.234,56} and the keyboard's {@code 12.50} in Dutch; {@code 12.50} in
 * English), anything else ({@code -1}, {@code abc}, the other language's notation) is refused with the text typed
 * shown back, exactly, and nothing stored.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:money-inputs;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("dates")
class MoneyInputsTest {

    /** The money inputs: a line's unit price on three forms, a payment, a cost, an amount parameter. */
    enum Input { QUOTE_UNIT_PRICE, INVOICE_UNIT_PRICE, CREDIT_NOTE_UNIT_PRICE, PAYMENT, COST, PARAMETER }

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
    InvoiceRepository invoices;
    @Autowired
    PaymentRepository payments;
    @Autowired
    ActivityCostRepository costs;
    @Autowired
    TrajectoryParameters parameters;
    @Autowired
    TransactionTemplate transaction;

    private String kobe;
    private String customerId;
    private Long issuedInvoiceId;

    static Stream<Arguments> typed() {
        List<String[]> cases = List.of(
                new String[]{"nl", "12,50", "12.50"}, new String[]{"nl", "1.234,56", "1234.56"},
                new String[]{"nl", "12.50", "12.50"}, new String[]{"nl", "-1", null}, new String[]{"nl", "abc", null},
                new String[]{"en", "12,50", null}, new String[]{"en", "1.234,56", null},
                new String[]{"en", "12.50", "12.50"}, new String[]{"en", "-1", null}, new String[]{"en", "abc", null},
                // Issue 13: ICU reads these as 333, 1000 and 12; nobody means that.
                new String[]{"en", "0,333", null}, new String[]{"en", "1e3", null},
                new String[]{"nl", "\u0661\u0662", null});
        return Stream.of(Input.values()).flatMap(input -> cases.stream()
                .map(c -> Arguments.of(input, c[0], c[1], c[2] == null ? null : new BigDecimal(c[2]))));
    }

    @ParameterizedTest(name = "{0} in {1}: \"{2}\" → {3}")
    @MethodSource("typed")
    void everyMoneyInputReadsTheUsersLanguage(Input input, String lang, String typed, BigDecimal expected)
            throws Exception {
        prepare(input);
        Optional<Stored> before = latest(input);
        MvcResult result = mvc.perform(request(input, typed).param("lang", lang)).andReturn();
        if (expected != null) {
            assertThat(refusal(input, result)).as("refused").isNull();
            assertThat(latest(input)).as("stored anew").isNotEqualTo(before)
                    .hasValueSatisfying(v -> assertThat(v.value()).isEqualByComparingTo(expected));
        } else {
            assertThat(refusal(input, result)).as("refused, with the text typed").isEqualTo(typed);
            assertThat(latest(input)).as("nothing stored").isEqualTo(before);
        }
    }

    /**
     * A quantity has three decimals, so in Dutch {@code 1.333} reads as 1333 (the language's grouping) and as 1,333
     * (a number pad's dot): neither is taken, the message offers both. A leading zero, English, or a comma are clear.
     */
    @ParameterizedTest(name = "quantity in {0}: \"{1}\" → {2}")
    @CsvSource({"nl,1.333,", "nl,2.500,", "nl,0.333,0.333", "nl,1333,1333", "nl,'1,333',1.333",
            "en,1.333,1.333", "nl,2.5,2.5"})
    void aQuantityThatReadsTwoWaysIsAskedAgain(String lang, String typed, BigDecimal expected) throws Exception {
        prepare(Input.INVOICE_UNIT_PRICE);
        Optional<Stored> before = latest(Input.INVOICE_UNIT_PRICE);
        MvcResult result = mvc.perform(post(kobe + "/invoices/new").with(csrf()).session(signIn("coach"))
                .param("lang", lang).param("customerId", customerId).param("description", "Fietsherstel")
                .param("lines[0].description", "Kilometers").param("lines[0].quantity", typed)
                .param("lines[0].unit", "HOUR").param("lines[0].unitPrice", "1").param("lines[0].vatCode", "21"))
                .andReturn();
        if (expected == null) {
            assertThat(result.getResponse().getContentAsString()).contains(typed + " kan ",
                    "typ het getal zonder punt", "value=\"" + typed + "\"");
            assertThat(latest(Input.INVOICE_UNIT_PRICE)).as("nothing stored").isEqualTo(before);
        } else {
            assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
                    .isEqualTo(302);
            Long stored = latest(Input.INVOICE_UNIT_PRICE).orElseThrow().id();
            BigDecimal quantity = transaction.execute(t -> invoices.findById(stored).orElseThrow().getLines().get(0)
                    .getQuantity());
            assertThat(quantity).isEqualByComparingTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} dated {1} comes back to the form with the date message")
    @CsvSource({"PAYMENT,2026-11-31", "COST,2026-02-30", "PAYMENT,30/11/2026", "COST,morgen"})
    void anImpossibleDateComesBackToTheForm(Input input, String date) throws Exception {
        prepare(input);
        Optional<Stored> before = latest(input);
        MockHttpServletRequestBuilder post = input == Input.PAYMENT
                ? post("/invoices/" + issuedInvoiceId + "/payments").with(csrf()).session(signIn("office"))
                        .param("paidOn", date).param("amount", "1,00").param("reference", "Uittreksel")
                : post(kobe + "/costs").with(csrf()).session(signIn("coach"))
                        .param("spentOn", date).param("description", "Remblokjes").param("amount", "1,00");
        MvcResult result = mvc.perform(post).andExpect(status().is3xxRedirection()).andReturn();
        FlashMap flash = result.getFlashMap();
        assertThat(((Flash) flash.get(Flash.ATTRIBUTE)).key()).isEqualTo("typeMismatch.java.time.LocalDate");
        assertThat(flash.get(input == Input.PAYMENT ? "typedPaidOn" : "typedCostOn")).isEqualTo(date);
        assertThat(flash.get(input == Input.PAYMENT ? "typedAmount" : "typedCostAmount")).isEqualTo("1,00");
        assertThat(latest(input)).as("nothing stored").isEqualTo(before);
    }

    /** What an input stored last: its row and value (a parameter has no row of its own). */
    record Stored(Long id, BigDecimal value) {
    }

    private void prepare(Input input) throws Exception {
        fixture();
        if (input == Input.PARAMETER) {
            // From a value that no case types, so that no accepted case is refused as unchanged.
            mvc.perform(post("/settings/parameters/extra-earnings-cap-per-hour").with(csrf())
                    .session(signIn("coordinator")).param("value", "3.33").param("reason", "Beginwaarde"));
        }
    }

    private MockHttpServletRequestBuilder request(Input input, String typed) throws Exception {
        return switch (input) {
            case QUOTE_UNIT_PRICE -> line(post(kobe + "/quotes/new"), typed).session(signIn("coach"))
                    .param("customerId", customerId).param("subject", "Fietsherstel")
                    .param("validUntil", LocalDate.now(clock).plusDays(30).toString());
            case INVOICE_UNIT_PRICE -> line(post(kobe + "/invoices/new"), typed).session(signIn("coach"))
                    .param("customerId", customerId).param("description", "Fietsherstel")
                    .param("buyerReference", "BST-1");
            case CREDIT_NOTE_UNIT_PRICE -> line(post("/invoices/" + issuedInvoiceId + "/credit-notes/new"), typed)
                    .session(signIn("office")).param("reason", "Korting achteraf");
            case PAYMENT -> post("/invoices/" + issuedInvoiceId + "/payments").with(csrf()).session(signIn("office"))
                    .param("paidOn", LocalDate.now(clock).toString()).param("amount", typed)
                    .param("reference", "Uittreksel");
            case COST -> post(kobe + "/costs").with(csrf()).session(signIn("coach"))
                    .param("spentOn", LocalDate.now(clock).toString()).param("description", "Remblokjes")
                    .param("amount", typed);
            case PARAMETER -> post("/settings/parameters/extra-earnings-cap-per-hour").with(csrf())
                    .session(signIn("coordinator")).param("value", typed).param("reason", "Nieuw plafond");
        };
    }

    private static MockHttpServletRequestBuilder line(MockHttpServletRequestBuilder post, String unitPrice) {
        return post.with(csrf()).param("lines[0].description", "Herstelling").param("lines[0].quantity", "1")
                .param("lines[0].unit", "HOUR").param("lines[0].unitPrice", unitPrice).param("lines[0].vatCode", "21");
    }

    /** The text shown back with the refusal, or {@code null} when the input was accepted. */
    private static String refusal(Input input, MvcResult result) throws Exception {
        FlashMap flash = result.getFlashMap();
        return switch (input) {
            case QUOTE_UNIT_PRICE, INVOICE_UNIT_PRICE, CREDIT_NOTE_UNIT_PRICE -> {
                if (result.getResponse().getStatus() != 200) {
                    yield null;
                }
                String form = input == Input.QUOTE_UNIT_PRICE ? "quote"
                        : input == Input.INVOICE_UNIT_PRICE ? "invoice" : "creditNote";
                BindingResult errors = (BindingResult) result.getModelAndView().getModel()
                        .get(BindingResult.MODEL_KEY_PREFIX + form);
                assertThat(errors.getFieldErrors()).extracting("field").containsOnly("lines[0].unitPrice");
                String html = result.getResponse().getContentAsString();
                Matcher value = Pattern.compile("name=\"lines\\[0\\]\\.unitPrice\"[^>]*value=\"([^\"]*)\"")
                        .matcher(html);
                assertThat(value.find()).isTrue();
                yield value.group(1);
            }
            case PAYMENT -> flash.containsKey("typedAmount") ? (String) flash.get("typedAmount") : null;
            case COST -> flash.containsKey("typedCostAmount") ? (String) flash.get("typedCostAmount") : null;
            case PARAMETER -> result.getModelAndView() != null
                    && result.getModelAndView().getModel().containsKey("typedValue")
                    ? (String) result.getModelAndView().getModel().get("typedValue") : null;
        };
    }

    /** The value of the last thing the input stores. */
    private Optional<Stored> latest(Input input) {
        Sort newest = Sort.by(Sort.Direction.DESC, "id");
        return transaction.execute(t -> switch (input) {
            case QUOTE_UNIT_PRICE -> quotes.findAll(newest).stream().findFirst()
                    .map(q -> new Stored(q.getId(), q.getLines().get(0).getUnitPrice()));
            case INVOICE_UNIT_PRICE, CREDIT_NOTE_UNIT_PRICE -> invoices.findAll(newest).stream()
                    .filter(i -> (i.getCreditedInvoiceId() != null) == (input == Input.CREDIT_NOTE_UNIT_PRICE))
                    .findFirst().map(i -> new Stored(i.getId(), i.getLines().get(0).getUnitPrice()));
            case PAYMENT -> payments.findAll(newest).stream().findFirst()
                    .map(p -> new Stored(p.getId(), p.getAmount()));
            case COST -> costs.findAll(newest).stream().findFirst().map(c -> new Stored(c.getId(), c.getAmount()));
            case PARAMETER -> Optional.of(new Stored(null, parameters.getExtraEarningsCapPerHour()));
        });
    }

    private final Map<String, MockHttpSession> sessions = new HashMap<>();

    private MockHttpSession signIn(String user) throws Exception {
        MockHttpSession session = sessions.get(user);
        if (session == null) {
            session = (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                    .andReturn().getRequest().getSession(false);
            sessions.put(user, session);
        }
        return session;
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    /** A dossier in the invoicing phase, its recorded customer, and an issued invoice of 6 050.00 to pay and to credit. */
    private void fixture() throws Exception {
        if (issuedInvoiceId != null) {
            return;
        }
        TestTrajectory candidate = new TestTrajectories(context).candidate("Mona", "Bedragen").coachedBy("coach")
                .inInvoicing();
        kobe = candidate.dossier();
        customerId = Long.toString(new TestInvoicing(context).business(candidate, "Stad Proefdorp", "coach"));
        MockHttpSession coach = signIn("coach");
        mvc.perform(line(post(kobe + "/invoices/new"), "5000").session(coach).param("customerId", customerId)
                .param("description", "Groot onderhoud").param("buyerReference", "BST-0"))
                .andExpect(status().is3xxRedirection());
        long id = transaction.execute(t -> invoices.findAll(Sort.by(Sort.Direction.DESC, "id")).get(0).getId());
        approve(id, UserTask.INVOICE_APPROVAL_COACH, "coach");
        approve(id, UserTask.INVOICE_APPROVAL_COORDINATOR, "coordinator");
        issuedInvoiceId = id;
    }

    private void approve(long invoiceId, UserTask kind, String user) throws Exception {
        Optional<Task> task = tasks.createTaskQuery().taskDefinitionKey(kind.key())
                .processVariableValueEquals("invoiceId", invoiceId).list().stream().findFirst();
        if (task.isEmpty()) {
            return; // the approval rule did not ask this one
        }
        MockHttpSession session = signIn(user);
        mvc.perform(post("/tasks/" + task.get().getId() + "/claim").with(csrf()).session(session));
        mvc.perform(post("/tasks/" + task.get().getId() + "/invoice-approval").with(csrf()).session(session)
                .param("decision", "APPROVE")).andExpect(status().is3xxRedirection());
    }
}
