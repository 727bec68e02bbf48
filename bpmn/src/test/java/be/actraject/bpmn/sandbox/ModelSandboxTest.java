package be.actraject.bpmn.sandbox;

import be.actraject.bpmn.models.ModelProblem;
import be.actraject.bpmn.models.ModelProblem.Code;
import be.actraject.bpmn.models.ModelValidator;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Models are data, not code: a hostile model is refused by the process room's validator on its element, refused by
 * the engine when deployed straight through the repository service, and whatever slips past both reaches nothing
 * when the engine evaluates it.
 */
@SpringBootTest
class ModelSandboxTest {

    @Autowired
    ModelValidator validator;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngineConfigurationImpl engine;

    @TempDir
    Path temp;
    private Path marker;

    @BeforeEach
    void anIntruderWithoutRights() {
        marker = temp.resolve("x");
        if (identity.createUserQuery().userId("intruder").count() == 0) {
            identity.saveUser(identity.newUser("intruder"));
        }
    }

    @AfterEach
    void nothingRanAndNobodyGotRights() {
        assertThat(marker).doesNotExist();
        assertThat(identity.createUserQuery().userId("intruder").memberOfGroup("administrator").count()).isZero();
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("a command run through reflection", HostileModels.commandOnTheServer("/tmp/never"),
                        Code.ENGINE_MEMBER, "Service_Rce"),
                Arguments.of("a process that starts itself on a timer", HostileModels.commandOnTheServer("/tmp/never"),
                        Code.TIMER_START, "Start_Rce"),
                Arguments.of("an engine service", HostileModels.serviceTask(HostileModels.ELEVATE),
                        Code.BEAN_NOT_REACHABLE, "Service_Evil"),
                Arguments.of("a method chain on an allowed bean",
                        HostileModels.serviceTask("${deadlines.fromNow('Task_EntreSpiegel').getClass().getClassLoader()}"),
                        Code.MEMBER_OF_VALUE, "Service_Evil"),
                Arguments.of("a method of an allowed bean outside the list",
                        HostileModels.serviceTask("${trajectoryPhases.getClass()}"), Code.METHOD_NOT_REACHABLE,
                        "Service_Evil"),
                Arguments.of("the engine's services through the execution", HostileModels.serviceTask(
                        "${execution.processEngineServices.identityService.createMembership('intruder', 'administrator')}"),
                        Code.ENGINE_MEMBER, "Service_Evil"),
                Arguments.of("a script task", HostileModels.scriptTask(), Code.SCRIPT, "Script_Evil"),
                Arguments.of("a listener with an expression", HostileModels.listener(HostileModels.ELEVATE),
                        Code.BEAN_NOT_REACHABLE, "Start_Evil"),
                Arguments.of("a Java class", HostileModels.javaClass(), Code.CLASS_DELEGATE, "Service_Evil"),
                Arguments.of("a condition in a script language", HostileModels.scriptCondition(), Code.SCRIPT, "Flow_2"),
                Arguments.of("a condition hidden behind a child element", HostileModels.conditionWithAChild(),
                        Code.BEAN_NOT_REACHABLE, "Flow_2"),
                Arguments.of("a timer date split around a child element", HostileModels.timerWithAChild("timeDate"),
                        Code.BEAN_NOT_REACHABLE, "Timer_Evil"),
                Arguments.of("a timer duration split around a child element",
                        HostileModels.timerWithAChild("timeDuration"), Code.BEAN_NOT_REACHABLE, "Timer_Evil"),
                Arguments.of("a timer cycle split around a child element", HostileModels.timerWithAChild("timeCycle"),
                        Code.BEAN_NOT_REACHABLE, "Timer_Evil"),
                Arguments.of("field injection into a delegate", HostileModels.fieldInjection(),
                        Code.EXTENSION_NOT_ALLOWED, "Service_Evil"),
                Arguments.of("a message name the engine evaluates", HostileModels.messageName(),
                        Code.BEAN_NOT_REACHABLE, "Message_Evil"),
                Arguments.of("a class in the engine's old namespace", HostileModels.activitiClass(),
                        Code.EXTENSION_NOT_ALLOWED, "Service_Evil"),
                Arguments.of("a decision whose input calls a bean",
                        HostileModels.decision("evil-decision", "juel", HostileModels.ELEVATE),
                        Code.BEAN_NOT_REACHABLE, "InputExpression_Evil"),
                Arguments.of("a decision whose FEEL defines an external function", HostileModels.decision(
                        "evil-feel-function", "feel", "{f: function(a,b) external {java:{class:\"java.lang.Math\","
                                + " method signature:\"max(double,double)\"}}, r: f(amount,amount)}.r"),
                        Code.FEEL_FUNCTION, "InputExpression_Evil"),
                Arguments.of("a decision in a script language",
                        HostileModels.decision("evil-script-decision", "javascript", "java.lang.System.exit(1)"),
                        Code.EXPRESSION_LANGUAGE, "InputExpression_Evil"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void theValidatorRefusesAHostileModelOnItsElement(String what, String xml, Code code, String elementId) {
        String name = xml.contains("DMN") ? "evil.dmn" : "evil.bpmn";
        ModelValidator.Report report = validator.validate(name, xml.getBytes(StandardCharsets.UTF_8));

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).extracting(ModelProblem::code, ModelProblem::elementId)
                .contains(org.assertj.core.groups.Tuple.tuple(code, elementId));
        // Said once, in the user's words: not again as the engine's English message.
        assertThat(report.problems()).noneSatisfy(p -> assertThat(p.detail()).contains(ModelReachException.SCRIPT_REFUSED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void theEngineRefusesItStraightThroughTheRepositoryService(String what, String xml, Code code, String elementId) {
        String name = xml.contains("DMN") ? "evil.dmn" : "evil.bpmn";
        long deployments = repository.createDeploymentQuery().count();

        assertThatThrownBy(() -> repository.createDeployment().addString(name, xml).deploy())
                .hasMessageContaining("reaches beyond");

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aTimerStartedCommandNeverRunsEvenWithTheJobExecutorsHelp() throws Exception {
        String xml = HostileModels.commandOnTheServer(marker.toString());
        assertThatThrownBy(() -> repository.createDeployment().addString("rce.bpmn", xml).deploy())
                .hasMessageContaining("TIMER_START");
        // No job was created, so nothing is due.
        assertThat(engine.getManagementService().createJobQuery().timers().count()).isZero();
        assertThat(marker).doesNotExist();
    }

    /** What slips past every check — here evaluated by hand on a real execution — still reaches nothing. */
    @ParameterizedTest
    @ValueSource(strings = {
            "${execution.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch MARKER')}",
            HostileModels.ELEVATE,
            "${execution.processEngineServices.identityService.createMembership('intruder', 'administrator')}",
            "${execution['processEngineServices']}",
            "${execution.processEngine}",
            "${deadlines.fromNow('Task_EntreSpiegel').getClass()}",
            "${trajectoryPhases.getClass()}",
            "${trajectoryPhases.progress}",
            "${dateTime().getClass()}",
            "${deadlines.fromNow('Task_EntreSpiegel').time}",
            "${applicationContext}",
            "${processEngineConfiguration}",
            "${currentUserGroups()}"})
    void atRuntimeAnExpressionBeyondTheAllowListIsRefused(String expression) {
        String instance = runtime.startProcessInstanceByKey(waitingProcess(), "42").getId();
        String text = expression.replace("MARKER", marker.toString());

        assertThatThrownBy(() -> evaluate(text, instance)).satisfiesAnyOf(
                e -> assertThat(e).hasRootCauseInstanceOf(ModelReachException.class),
                e -> assertThat(e).isInstanceOf(ModelReachException.class),
                // a function outside the list does not even parse
                e -> assertThat(e).hasMessageContaining("Could not resolve function"));
    }

    @Test
    void atRuntimeWhatTheModelsUseStillWorks() {
        String instance = runtime.startProcessInstanceByKey(waitingProcess(), "42",
                Variables.createVariables().putValue("decision", "SEND_BACK")).getId();

        assertThat(evaluate("#{execution.processBusinessKey}", instance)).isEqualTo("42");
        assertThat(evaluate("${execution.getVariable('decision')}", instance)).isEqualTo("SEND_BACK");
        assertThat(evaluate("${decision == 'SEND_BACK'}", instance)).isEqualTo(true);
        assertThat(evaluate("${deadlines.fromNow('Task_EntreSpiegel')}", instance)).isInstanceOf(Date.class);
        assertThat(evaluate("${now()}", instance)).isInstanceOf(Date.class);
    }

    @Test
    void aDecisionEvaluatedWithoutDeploymentReachesNoBeanAndRunsNoScript() {
        assertThatThrownBy(() -> evaluateDecision(HostileModels.decision("evil-decision", "juel", HostileModels.ELEVATE)))
                .hasRootCauseInstanceOf(ModelReachException.class);
        assertThatThrownBy(() -> evaluateDecision(HostileModels.decision("evil-script", "javascript", "1 + 1")))
                .hasMessageContaining("javascript");
        assertThat(evaluateDecision(HostileModels.decision("plain-decision", "juel", "${'anything'}"))).isEqualTo(true);
    }

    /**
     * FEEL calls the public methods of a Java object it is given — the way to the class loader and from there to
     * anything; the decisions here are never given one. Evaluated directly, with an object put in the variables by
     * hand (no model could put one there): the first step of the climb, {@code d.getClass()}, already fails.
     */
    @ParameterizedTest
    @MethodSource("javaObjects")
    void aDecisionHandedAJavaObjectCannotCallItsMethods(Object object) {
        String climb = "{c: d.getClass(), n: c.getName()}.n = &quot;" + object.getClass().getName() + "&quot;";
        String xml = HostileModels.decision("feel-climb", "feel", "d").replace(
                "<outputEntry id=\"OutputEntry_Evil\"><text>true</text></outputEntry>",
                "<outputEntry id=\"OutputEntry_Evil\"><text>" + climb + "</text></outputEntry>");

        Object result;
        try {
            result = engine.getCommandExecutorTxRequired().execute(context -> engine.getDmnEngine()
                    .evaluateDecisionTable(engine.getDmnEngine().parseDecisions(new ByteArrayInputStream(
                                    xml.getBytes(StandardCharsets.UTF_8))).get(0),
                            Variables.createVariables().putValue("d", object))
                    .getSingleResult().getSingleEntry());
        } catch (RuntimeException refused) {
            result = refused;
        }

        assertThat(result).isNotEqualTo(true);
    }

    static Stream<Object> javaObjects() {
        return Stream.of(new StringBuilder("x"), new org.joda.time.DateTime(), new java.util.Random());
    }

    /** Parsed and evaluated by the engine's DMN engine directly, as the engine does in a command (no deployment). */
    private Object evaluateDecision(String xml) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            DmnDecision decision = engine.getDmnEngine().parseDecisions(
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).get(0);
            return engine.getDmnEngine().evaluateDecisionTable(decision, Variables.createVariables())
                    .getSingleResult().getSingleEntry();
        });
    }

    private String waitingProcess() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("sandbox-wait").count() == 0) {
            repository.createDeployment().addString("wait.bpmn", HostileModels.waiting("sandbox-wait")).deploy();
        }
        return "sandbox-wait";
    }

    private Object evaluate(String expression, String executionId) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(executionId);
            return engine.getExpressionManager().createExpression(expression).getValue(execution);
        });
    }
}
