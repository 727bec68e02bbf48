package be.actraject.web.authz;

import be.actraject.web.support.DemoAccounts;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.web.fullstack.FullStackTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every write the application accepts, posted by every role — the coach of the candidate, another coach, a
 * coordinator, office staff and an administrator — with a valid-looking request and its CSRF token, through the whole
 * stack on candidates of the matrix's own: allowed, it gets its usual answer; refused, it gets 403, nothing in the
 * database changed and the audit log holds the attempt. The rows are the matrix ({@link DossierWrites},
 * {@link TaskWrites}, {@link AdministrationWrites}, {@link AgendaWrites}, {@link TrainingWrites}, {@link SectorWrites}, {@link MailWrites}, {@link BankStatementWrites}, {@link NotificationWrites}); a write mapping the application gains without a row fails the
 * build.
 */
@FullStackTest
// A database of its own, since the allowed writes change what they post to; no job executor, so that nothing else
// writes while a refused request is checked for having written nothing.
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:write-matrix;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteAuthorizationMatrixTest {

    private static final Set<RequestMethod> WRITES =
            EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    Accounts accounts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, MockHttpSession> sessions = new HashMap<>();
    private MatrixFixture fixture;
    private DatabaseFingerprint database;

    static List<Write> matrix() {
        return Stream.of(DossierWrites.rows(), TaskWrites.rows(), AdministrationWrites.rows(), AgendaWrites.rows(),
                        TrainingWrites.rows(),
                        SectorWrites.rows(), MailWrites.rows(), BankStatementWrites.rows(), NotificationWrites.rows())
                .flatMap(List::stream).toList();
    }

    /** Each row with each role, the refused ones first: an allowed write may use up what the row is about. */
    static Stream<Arguments> everyWriteByEveryRole() {
        return matrix().stream().flatMap(write -> Stream.concat(
                Arrays.stream(Who.values()).filter(who -> !write.allows(who)),
                Arrays.stream(Who.values()).filter(write::allows)).map(who -> Arguments.of(write, who)));
    }

    @BeforeAll
    void signInEveryone() throws Exception {
        fixture = new MatrixFixture(context, jdbc, tasks, runtime, repository, accounts, clock);
        database = new DatabaseFingerprint(jdbc);
        for (String user : List.of("coach", "coach2", "coordinator", "office", "admin")) {
            sessions.put(user, (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                    .andReturn().getRequest().getSession(false));
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyWriteByEveryRole")
    void anAllowedWriteIsAnsweredAndARefusedOneIs403AndChangesNothing(Write write, Who who) throws Exception {
        String user = write.userOf(who);
        MockHttpServletRequestBuilder request = write.requestAs(fixture, who);
        assertThat(write.covers(request)).as("the row's request goes to " + write.mapping()).isTrue();
        MockHttpServletRequestBuilder empty = write.emptied(request);

        if (write.allows(who)) {
            assertThat(send(request, user).getStatus()).as(write + " by " + user).isIn(write.answers());
            return;
        }
        Map<String, String> before = database.take();
        long refusals = fixture.refusalsOf(user);

        assertThat(send(request, user).getStatus()).as(write + " by " + user).isEqualTo(403);
        assertThat(send(empty, user).getStatus()).as(write + " by " + user + ", nothing typed").isEqualTo(403);
        assertThat(database.take()).as("the database after a refused " + write + " by " + user).isEqualTo(before);
        assertThat(fixture.refusalsOf(user)).as("refusals audited for " + user).isEqualTo(refusals + 2);
    }

    @Test
    void everyWriteTheApplicationMapsHasARowAndEveryRowAWrite() {
        Set<String> mapped = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getPackageName().startsWith("be.actraject"))
                .flatMap(e -> writes(e.getKey()))
                .filter(mapping -> !CHANGE_NOTHING.contains(mapping))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> rows = matrix().stream().map(Write::mapping).collect(Collectors.toCollection(TreeSet::new));

        assertThat(mapped).as("write mappings of the application").hasSizeGreaterThan(40);
        assertThat(rows).as("rows of the matrix").hasSize(matrix().size());
        assertThat(mapped).as("write mappings without a row in the matrix").isSubsetOf(rows);
        assertThat(rows).as("rows of the matrix without a write mapping").isSubsetOf(mapped);
    }

    @Test
    void theFingerprintSeesAnAllowedWriteSoThatAnUnchangedOneMeansNothingWasWritten() throws Exception {
        Map<String, String> before = database.take();

        assertThat(send(post(fixture.dossier(fixture.candidates().inProspecting()) + "/prospecting/new")
                .param("happenedOn", java.time.LocalDate.now(clock).toString()).param("kind", "NETWORK_OR_EXPERT")
                .param("description", "Netwerkavond"), "coach").getStatus()).isEqualTo(302);

        assertThat(database.take()).isNotEqualTo(before);
    }

    /**
     * Mappings that accept any method but change nothing, each with the test that shows it: the container's error
     * dispatch renders the error page of whatever request failed ({@code ErrorPagesTest}).
     */
    private static final Set<String> CHANGE_NOTHING = Set.of("ANY /error");

    /**
     * The writes one mapping accepts, as the matrix names them: a mapping without a method accepts every method and is
     * named {@code ANY}, so that it cannot slip through.
     */
    private static Stream<String> writes(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<String> names = methods.isEmpty() ? List.of("ANY")
                : methods.stream().filter(WRITES::contains).map(Enum::name).sorted().toList();
        String params = info.getParamsCondition().getExpressions().stream().map(Object::toString).sorted()
                .collect(Collectors.joining(", "));
        return names.stream().flatMap(method -> info.getPatternValues().stream()
                .map(pattern -> method + " " + pattern + (params.isEmpty() ? "" : " [" + params + "]")));
    }

    /** The request as the user, signed in, with the CSRF token their form would carry. */
    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(csrf()).session(sessions.get(user))).andReturn().getResponse();
    }
}
