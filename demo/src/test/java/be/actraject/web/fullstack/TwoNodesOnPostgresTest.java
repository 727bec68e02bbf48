package be.actraject.web.fullstack;

import be.actraject.AcTrajectApplication;
import be.actraject.bpmn.parameters.Parameter;
import be.actraject.bpmn.parameters.ParameterSettings;
import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.access.Actor;
import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import be.actraject.web.support.DemoAccounts;
import be.actraject.web.support.ProductionClassesOnly;
import be.actraject.web.support.WebClient;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.CookiePolicy;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes of the production application on one PostgreSQL database, as behind a load balancer (issue 19): a
 * person signed in on one node is served by the other with the same cookie, and signed out there is signed out on
 * both (the session lives in the database); a parameter a coordinator changes on one node is used by the other within
 * its refresh time; a new version of the approval rule deployed on one node decides on the other at once (the engine
 * looks the latest version up by key in the database). Node A runs the job executor, B not, as a node may.
 *
 * <p>Both are whole Spring applications started here, each with its engine, its pool and its port; not
 * {@code @SpringBootTest}, which gives a test one application.
 */
@RequiresPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOnPostgresTest {

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startTwoNodes() {
        Map<String, Supplier<Object>> database = new LinkedHashMap<>();
        PostgresTestDatabase.register(database::put);
        // One after the other: the first creates the schema (Flyway, the engine's tables), the second finds it.
        nodeA = start(database, true);
        nodeB = start(database, false);
    }

    @AfterAll
    void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[]{nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Supplier<Object>> database, boolean jobs) {
        List<String> properties = new ArrayList<>();
        database.forEach((name, value) -> properties.add(name + "=" + value.get()));
        properties.addAll(List.of(
                "server.port=0",
                "camunda.bpm.generate-unique-process-engine-name=true",
                "camunda.bpm.job-execution.enabled=" + jobs,
                "actraject.parameters.refresh=1s",
                "actraject.bootstrap.admin-user=admin",
                "actraject.bootstrap.admin-password=" + DemoAccounts.PASSWORD,
                "actraject.cooperative.name=Activiteitencooperatie Productie cvso",
                "actraject.cooperative.street=Kerkstraat 1",
                "actraject.cooperative.postal-code=2000",
                "actraject.cooperative.city=Antwerpen",
                "actraject.cooperative.enterprise-number=BE0403.170.701",
                "actraject.cooperative.iban=BE68539007547034"));
        // As arguments of the command line, which win over the postgres profile's own data source.
        return new SpringApplicationBuilder(AcTrajectApplication.class)
                .profiles("postgres")
                .initializers(ProductionClassesOnly.initializer())
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @Test
    void aSessionSignedInOnOneNodeIsServedAndEndedOnTheOther() {
        // One browser: one cookie jar, whichever node the load balancer picks.
        CookieManager browser = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        WebClient viaA = new WebClient(port(nodeA), browser);
        WebClient viaB = new WebClient(port(nodeB), browser);

        viaA.signIn("admin");

        HttpResponse<String> onB = viaB.get("/admin/accounts");
        assertThat(onB.statusCode()).as("an administrator's page on the other node").isEqualTo(200);
        assertThat(onB.body()).contains("admin");

        HttpCookie session = browser.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION")).findFirst().orElseThrow();
        HttpResponse<String> signedOut = viaB.post("/logout", Map.of("_csrf", viaB.csrf("/admin/accounts")));
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/login?logout"));
        // The browser forgot the cookie at sign-out; one that kept it is refused too.
        HttpResponse<String> onA = new WebClient(port(nodeA)).get("/admin/accounts",
                "Cookie", "SESSION=" + session.getValue());
        assertThat(onA.statusCode()).as("signed out on B, refused on A").isEqualTo(302);
        assertThat(onA.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aParameterChangedOnOneNodeIsUsedByTheOtherWithinItsRefreshTime() {
        TrajectoryParameters onB = nodeB.getBean(TrajectoryParameters.class);
        assertThat(onB.getLimitWarning()).isNotEqualTo(Period.ofWeeks(3));

        nodeA.getBean(ParameterSettings.class).change(Parameter.LIMIT_WARNING, "P3W", "Vroeger verwittigen",
                COORDINATOR);

        assertThat(nodeA.getBean(TrajectoryParameters.class).getLimitWarning()).isEqualTo(Period.ofWeeks(3));
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(onB.getLimitWarning()).isEqualTo(Period.ofWeeks(3)));
    }

    /**
     * A new version of the approval rule deployed through node A's engine, as the settings page's rule table does
     * ({@code RuleTables}) after its checks, which are not this test's subject.
     */
    @Test
    void anApprovalRuleDeployedOnOneNodeDecidesOnTheOtherAtOnce() throws Exception {
        DecisionService decisionsOnB = nodeB.getBean(DecisionService.class);
        assertThat(coordinatorApproves(decisionsOnB, 2000)).isFalse();

        RepositoryService repositoryOnA = nodeA.getBean(RepositoryService.class);
        DecisionDefinition latest = repositoryOnA.createDecisionDefinitionQuery()
                .decisionDefinitionKey(ProcessKeys.INVOICE_APPROVAL_RULE).latestVersion().singleResult();
        String xml;
        try (InputStream in = repositoryOnA.getDecisionModel(latest.getId())) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(xml).contains("&gt; 2500");
        repositoryOnA.createDeployment().name("lower threshold on node A")
                .addString(latest.getResourceName(), xml.replace("&gt; 2500", "&gt; 1500")).deploy();

        assertThat(coordinatorApproves(decisionsOnB, 2000)).as("no refresh, no restart").isTrue();
    }

    private static boolean coordinatorApproves(DecisionService decisions, double amount) {
        return decisions.evaluateDecisionTableByKey(ProcessKeys.INVOICE_APPROVAL_RULE,
                Map.of("issuedInvoiceCount", 5, "amount", amount)).getSingleEntry();
    }
}
