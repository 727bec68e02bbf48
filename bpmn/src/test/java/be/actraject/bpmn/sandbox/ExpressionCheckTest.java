package be.actraject.bpmn.sandbox;

import be.actraject.bpmn.sandbox.Finding.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the static check lets through and what it refuses, with the rule it names. */
class ExpressionCheckTest {

    /** The application's beans in this table: the allow-listed ones and some it must never hand out. */
    private static final Set<String> BEANS = Set.of("deadlines", "trajectoryPhases", "invoiceFacts",
            "caseloadTaskListener", "identityService", "runtimeService", "repositoryService", "processEngine",
            "applicationContext", "accounts", "dataSource");

    private final ExpressionCheck check = new ExpressionCheck(ModelReach.SHIPPED, BEANS::contains);

    @ParameterizedTest
    @ValueSource(strings = {
            "${deadlines.fromNow('Task_IntakeDecision')}",
            "${trajectoryPhases.enter(trajectoryId, 'INTAKE')}",
            "#{execution.processBusinessKey}",
            "${execution.getVariable('trajectoryId')}",
            "${decision == 'SEND_BACK'}",
            "${exitType != 'STOPPED' && not empty exitReason}",
            "${coordinatorApprovalRequired}",
            "${invoiceFacts.amount(invoiceId) > 2500 ? 'large' : 'small'}",
            "${now()}",
            "coach, coordinator",
            "Plain text with a dollar $ and braces {}",
            "${deadlines.fromNow('x.getClass()')}"})
    void whatTheShippedModelsWriteIsAllowed(String expression) {
        assertThat(check.check(expression, "Element", false)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ${execution.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch /tmp/x')} | ENGINE_MEMBER
            ${identityService.createMembership('coordinator','administrator')}                                            | BEAN_NOT_REACHABLE
            ${execution.processEngineServices.identityService.createMembership('coordinator','administrator')}             | ENGINE_MEMBER
            ${execution.processEngine}                                                                                      | ENGINE_MEMBER
            ${execution['processEngineServices']}                                                                           | MEMBER_OF_VALUE
            ${execution}                                                                                                    | ENGINE_MEMBER
            ${task.execution.processEngineServices}                                                                         | ENGINE_MEMBER
            ${deadlines.fromNow('x').getClass()}                                                                            | MEMBER_OF_VALUE
            ${deadlines.getClass().getClassLoader()}                                                                        | METHOD_NOT_REACHABLE
            ${deadlines.parameters}                                                                                         | METHOD_NOT_REACHABLE
            ${deadlines}                                                                                                    | BEAN_AS_VALUE
            ${caseloadTaskListener.notify(task)}                                                                            | BEAN_AS_VALUE
            ${trajectoryId.getClass()}                                                                                      | UNKNOWN_BEAN
            ${'a'.getClass()}                                                                                               | MEMBER_OF_VALUE
            ${(execution).getClass()}                                                                                       | ENGINE_MEMBER
            ${now().getClass()}                                                                                             | MEMBER_OF_VALUE
            ${dateTime().plusDays(1)}                                                                                       | FUNCTION
            ${now().time}                                                                                                   | MEMBER_OF_VALUE
            ${currentUserGroups()}                                                                                          | FUNCTION
            ${fn:forName('java.lang.Runtime')}                                                                              | FUNCTION
            ${applicationContext.getBean('dataSource')}                                                                     | BEAN_NOT_REACHABLE
            ${runtimeService}                                                                                               | BEAN_NOT_REACHABLE
            ${accounts.authenticate('admin', 'x')}                                                                          | BEAN_NOT_REACHABLE
            ${variables[0].class}                                                                                           | MEMBER_OF_VALUE
            ${deadlines.fromNow(                                                                                            | SYNTAX
            """)
    void whatReachesBeyondTheAllowListIsRefused(String expression, Rule rule) {
        assertThat(check.check(expression, "Element", false)).extracting(Finding::rule).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ${caseloadTaskListener} | true
            ${identityService}      | false
            ${deadlines}            | false
            ${noSuchListener}       | false
            """)
    void aDelegateExpressionNamesAnAllowedDelegateWhole(String expression, boolean allowed) {
        assertThat(check.check(expression, "Task", true).isEmpty()).isEqualTo(allowed);
    }
}
