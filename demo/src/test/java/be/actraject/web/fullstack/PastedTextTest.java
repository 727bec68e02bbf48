package be.actraject.web.fullstack;

import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateRepository;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.earnings.ActivityCostRepository;
import be.actraject.domain.invoice.InvoiceRepository;
import be.actraject.domain.invoice.QuoteRepository;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.HtmlUtils;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 16: text as people paste it — a no-break space alone, no-break spaces around a name, a tab, a narrow
 * no-break space inside a phone number, a VDAB number in groups — posted to every form with a text field. Each is
 * either stored clean or refused beside its field with what was typed kept; never a server error, never a blank
 * stored.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("dates")
class PastedTextTest {

    /** The forms, each by the field that names what it stores. */
    enum Form {
        REGISTRATION("registration", "firstName"), PERSONAL_DATA("personalData", "firstName"),
        CUSTOMER("customer", "name"), QUOTE("quote", "subject"), INVOICE_LINE("invoice", "lines[0].description"),
        COST(null, "description");

        final String model;
        final String field;

        Form(String model, String field) {
            this.model = model;
            this.field = field;
        }
    }

    private static final String NBSP = "\u00A0";
    private static final String NNBSP = "\u202F";

    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    Customers customers;
    @Autowired
    QuoteRepository quotes;
    @Autowired
    InvoiceRepository invoices;
    @Autowired
    ActivityCostRepository costs;
    @Autowired
    TransactionTemplate transaction;

    private TestTrajectory dossier;
    private String customerId;
    private final AtomicInteger serial = new AtomicInteger(1000);

    /** The typed text of the form's naming field, and what is stored ({@code null}: refused beside the field). */
    static Stream<Arguments> namesPasted() {
        List<String[]> typed = List.of(
                new String[]{NBSP, null},
                new String[]{NBSP + NNBSP + "\u2007", null},
                new String[]{"\t ", null},
                new String[]{NBSP + "Nora" + NBSP, "Nora"},
                new String[]{" Nora\tMaria ", "Nora Maria"},
                new String[]{"Nora" + NNBSP + "Maria\u200B", "Nora Maria"});
        return Stream.of(Form.values()).flatMap(form -> typed.stream().map(t -> Arguments.of(form, t[0], t[1])));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" → {2}")
    @MethodSource("namesPasted")
    void aPastedNameIsStoredCleanOrRefusedBesideItsField(Form form, String typed, String stored) throws Exception {
        fixture();
        MvcResult result = mvc.perform(request(form, Map.of(form.field, typed))).andReturn();
        assertOutcome(form, form.field, result, stored, () -> storedName(form, result));
    }

    /** The person's fields that people paste from elsewhere, on the registration and on a correction. */
    static Stream<Arguments> personPasted() {
        List<String[]> typed = List.of(
                new String[]{"phone", "0470" + NNBSP + "12" + NNBSP + "34" + NNBSP + "56", "0470 12 34 56"},
                new String[]{"phone", NBSP + "0470" + NBSP + "12 34 56\t", "0470 12 34 56"},
                new String[]{"jobSeekerNumber", NBSP + "12 34" + NBSP + "5{n}" + NNBSP, "12345{n}"},
                new String[]{"jobSeekerNumber", NBSP, null},
                new String[]{"businessIdea", " Fietsen herstellen\r\n\u00A0en verhuren\t", "Fietsen herstellen\r\n en verhuren"});
        return Stream.of(Form.REGISTRATION, Form.PERSONAL_DATA)
                .flatMap(form -> typed.stream().map(t -> Arguments.of(form, t[0], t[1], t[2])));
    }

    @ParameterizedTest(name = "{0} {1}: \"{2}\" → {3}")
    @MethodSource("personPasted")
    void aPastedPersonalDetailIsStoredCleanOrRefusedBesideItsField(Form form, String field, String typed,
                                                                   String stored) throws Exception {
        fixture();
        String n = Integer.toString(serial.incrementAndGet());
        MvcResult result = mvc.perform(request(form, Map.of(field, typed.replace("{n}", n)))).andReturn();
        assertOutcome(form, field, result, stored == null ? null : stored.replace("{n}", n), () -> {
            long id = form == Form.REGISTRATION ? registeredId(result) : dossier.candidateId();
            return transaction.execute(t -> {
                var c = candidates.findById(id).orElseThrow();
                return switch (field) {
                    case "phone" -> c.getPhone();
                    case "jobSeekerNumber" -> c.getJobSeekerNumber();
                    default -> c.getBusinessIdea();
                };
            });
        });
    }

    private void assertOutcome(Form form, String field, MvcResult result, String stored,
                               java.util.concurrent.Callable<String> storedValue) throws Exception {
        int status = result.getResponse().getStatus();
        assertThat(status).as("no server error").isLessThan(500);
        if (form == Form.COST) {
            // The cost form sits in the dossier: a refusal goes back there with what was typed in the flash.
            assertThat(status).isEqualTo(302);
            assertThat(result.getFlashMap().containsKey("typedCostDescription")).as("refused").isEqualTo(stored == null);
            if (stored != null) {
                assertThat(storedValue.call()).isEqualTo(stored);
            }
            return;
        }
        if (stored != null) {
            assertThat(status).as("accepted: %s", errors(form, result)).isEqualTo(302);
            assertThat(storedValue.call()).isEqualTo(stored);
            return;
        }
        assertThat(status).as("refused on the form").isEqualTo(200);
        BindingResult errors = errors(form, result);
        assertThat(errors.getFieldErrors()).extracting("field").contains(field);
        // What was typed comes back folded: nothing, for spaces alone, beside the message that the field is needed.
        Matcher value = Pattern.compile("name=\"" + Pattern.quote(field) + "\"[^>]*?(?:value=\"([^\"]*)\"|>)")
                .matcher(result.getResponse().getContentAsString());
        assertThat(value.find()).as("the field is shown again").isTrue();
        assertThat(HtmlUtils.htmlUnescape(value.group(1) == null ? "" : value.group(1))).isBlank();
    }

    private static BindingResult errors(Form form, MvcResult result) {
        return form.model == null || result.getModelAndView() == null ? null
                : (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + form.model);
    }

    private MockHttpServletRequestBuilder request(Form form, Map<String, String> typed) throws Exception {
        String today = LocalDate.now(clock).toString();
        Map<String, String> params = new HashMap<>();
        MockHttpServletRequestBuilder post;
        switch (form) {
            case REGISTRATION, PERSONAL_DATA -> {
                params.putAll(Map.of("firstName", "Nora", "lastName", "Geplakt", "email", "nora@example.be",
                        "phone", "0470 12 34 56", "street", "Kerkstraat 1", "postalCode", "9000",
                        "municipality", "Gent", "dateOfBirth", "1990-01-01",
                        "jobSeekerNumber", "PLAK" + serial.incrementAndGet(), "businessIdea", "Fietsen"));
                if (form == Form.REGISTRATION) {
                    params.put("dateOfEntry", today);
                    params.put("coach", "coach");
                    post = post("/candidates/new");
                } else {
                    params.put("jobSeekerNumber", transaction.execute(t ->
                            candidates.findById(dossier.candidateId()).orElseThrow().getJobSeekerNumber()));
                    params.put("version", Long.toString(transaction.execute(t ->
                            candidates.findById(dossier.candidateId()).orElseThrow().getVersion())));
                    post = post(dossier.dossier() + "/personal-data");
                }
            }
            case CUSTOMER -> {
                params.putAll(Map.of("kind", "CONSUMER", "name", "Marie", "street", "Markt 1",
                        "postalCode", "2800", "city", "Mechelen", "countryCode", "BE"));
                post = post(dossier.dossier() + "/customers/new");
            }
            case QUOTE -> {
                params.putAll(line());
                params.putAll(Map.of("customerId", customerId, "subject", "Fietsherstel",
                        "validUntil", LocalDate.now(clock).plusDays(30).toString()));
                post = post(dossier.dossier() + "/quotes/new");
            }
            case INVOICE_LINE -> {
                params.putAll(line());
                params.putAll(Map.of("customerId", customerId, "description", "Fietsherstel",
                        "buyerReference", "BST-1"));
                post = post(dossier.dossier() + "/invoices/new");
            }
            default -> {
                params.putAll(Map.of("spentOn", today, "description", "Remblokjes", "amount", "12,50"));
                post = post(dossier.dossier() + "/costs");
            }
        }
        params.putAll(typed);
        params.forEach(post::param);
        return post.with(csrf()).session(signIn("coach"));
    }

    private static Map<String, String> line() {
        return Map.of("lines[0].description", "Herstelling", "lines[0].quantity", "1", "lines[0].unit", "HOUR",
                "lines[0].unitPrice", "12,50", "lines[0].vatCode", "21");
    }

    /** What the form stored under its naming field, last. */
    private String storedName(Form form, MvcResult result) {
        Sort newest = Sort.by(Sort.Direction.DESC, "id");
        return transaction.execute(t -> switch (form) {
            case REGISTRATION -> candidates.findById(registeredId(result)).orElseThrow().getFirstName();
            case PERSONAL_DATA -> candidates.findById(dossier.candidateId()).orElseThrow().getFirstName();
            case CUSTOMER -> customers.of(dossier.trajectoryId(), Actor.of("coach", Role.COACH)).stream()
                    .max(Comparator.comparing(c -> c.getId())).orElseThrow().getName();
            case QUOTE -> quotes.findAll(newest).get(0).getSubject();
            case INVOICE_LINE -> invoices.findAll(newest).stream().filter(i -> i.getCreditedInvoiceId() == null)
                    .findFirst().orElseThrow().getLines().get(0).getDescription();
            case COST -> costs.findAll(newest).get(0).getDescription();
        });
    }

    private static long registeredId(MvcResult result) {
        Matcher id = Pattern.compile("/candidates/(\\d+)$").matcher(result.getResponse().getRedirectedUrl());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
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

    /** A dossier of the coach in the invoicing phase with a customer, made once. */
    private void fixture() {
        if (dossier == null) {
            dossier = new TestTrajectories(context).candidate("Nora", "Geplakt").coachedBy("coach").inInvoicing();
            customerId = Long.toString(new TestInvoicing(context).business(dossier, "Stad Plakdorp", "coach"));
        }
    }
}
