package be.actraject.bpmn.sandbox;

/**
 * Models a coordinator — or anyone with the process room — might try, to run code on the server or to give
 * themselves rights. Each names the element its refusal is on.
 */
final class HostileModels {

    private HostileModels() {
    }

    static final String ELEVATE = "${identityService.createMembership('intruder', 'administrator')}";

    /** A process of its own, started by a timer in the past, whose service task runs a command on the server. */
    static String commandOnTheServer(String marker) {
        return process("rce-check", """
                <bpmn:startEvent id="Start_Rce"><bpmn:timerEventDefinition>
                  <bpmn:timeDate>2020-01-01T00:00:00Z</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>
                <bpmn:serviceTask id="Service_Rce" camunda:expression="${execution.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch %s')}" />
                """.formatted(marker), "Start_Rce", "Service_Rce");
    }

    static String serviceTask(String expression) {
        return process("evil-service", """
                <bpmn:startEvent id="Start_Evil" />
                <bpmn:serviceTask id="Service_Evil" camunda:expression="%s" />
                """.formatted(expression), "Start_Evil", "Service_Evil");
    }

    static String scriptTask() {
        return process("evil-script", """
                <bpmn:startEvent id="Start_Evil" />
                <bpmn:scriptTask id="Script_Evil" scriptFormat="javascript">
                  <bpmn:script>java.lang.Runtime.getRuntime().exec('touch /tmp/evil')</bpmn:script>
                </bpmn:scriptTask>
                """, "Start_Evil", "Script_Evil");
    }

    static String listener(String expression) {
        return process("evil-listener", """
                <bpmn:startEvent id="Start_Evil">
                  <bpmn:extensionElements>
                    <camunda:executionListener event="start" expression="%s" />
                  </bpmn:extensionElements>
                </bpmn:startEvent>
                <bpmn:userTask id="Task_Evil" camunda:candidateGroups="coach" />
                """.formatted(expression), "Start_Evil", "Task_Evil");
    }

    static String javaClass() {
        return process("evil-class", """
                <bpmn:startEvent id="Start_Evil" />
                <bpmn:serviceTask id="Service_Evil" camunda:class="java.lang.ProcessBuilder" />
                """, "Start_Evil", "Service_Evil");
    }

    static String scriptCondition() {
        return process("evil-condition", """
                <bpmn:startEvent id="Start_Evil" />
                <bpmn:userTask id="Task_Evil" camunda:candidateGroups="coach" />
                """, "Start_Evil", "Task_Evil").replace("<bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Start_Evil\" targetRef=\"Task_Evil\" />",
                "<bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Start_Evil\" targetRef=\"Task_Evil\"><bpmn:conditionExpression"
                        + " xsi:type=\"bpmn:tFormalExpression\" language=\"juel\">${identityService != null}"
                        + "</bpmn:conditionExpression></bpmn:sequenceFlow>");
    }

    /** A condition whose expression hides behind a child element, which the engine's parser reads around. */
    static String conditionWithAChild() {
        return process("evil-hidden-condition", """
                <bpmn:startEvent id="Start_Evil" />
                <bpmn:userTask id="Task_Evil" camunda:candidateGroups="coach" />
                """, "Start_Evil", "Task_Evil").replace(
                "<bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Start_Evil\" targetRef=\"Task_Evil\" />",
                "<bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Start_Evil\" targetRef=\"Task_Evil\">"
                        + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">" + ELEVATE
                        + "<bpmn:documentation/>"
                        + "</bpmn:conditionExpression></bpmn:sequenceFlow>");
    }

    /** A timer whose duration is an expression split around a child element. */
    static String timerWithAChild(String timer) {
        return process("evil-hidden-timer", """
                <bpmn:startEvent id="Start_Evil" />
                <bpmn:intermediateCatchEvent id="Timer_Evil"><bpmn:timerEventDefinition>
                  <bpmn:%1$s>${identityService<bpmn:documentation/>.createMembership('intruder', 'administrator')}</bpmn:%1$s>
                </bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
                """.formatted(timer), "Start_Evil", "Timer_Evil");
    }

    static String fieldInjection() {
        return process("evil-field", """
                <bpmn:startEvent id="Start_Evil" />
                <bpmn:serviceTask id="Service_Evil" camunda:delegateExpression="${invoiceIssuer}">
                  <bpmn:extensionElements>
                    <camunda:field name="invoices"><camunda:string>nothing</camunda:string></camunda:field>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                """, "Start_Evil", "Service_Evil");
    }

    /** The engine reads {@code http://activiti.org/bpmn} as its own namespace: a class and its fields there. */
    static String activitiClass() {
        return process("evil-activiti", """
                <bpmn:startEvent id="Start_Evil" />
                <bpmn:serviceTask id="Service_Evil"
                    activiti:class="org.camunda.bpm.engine.impl.bpmn.behavior.ShellActivityBehavior">
                  <bpmn:extensionElements>
                    <activiti:field name="command" stringValue="/usr/bin/touch" />
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                """, "Start_Evil", "Service_Evil").replace("xmlns:camunda=",
                "xmlns:activiti=\"http://activiti.org/bpmn\" xmlns:camunda=");
    }

    /** A message whose name the engine evaluates when a token waits for it. */
    static String messageName() {
        return process("evil-message", """
                <bpmn:startEvent id="Start_Evil" />
                <bpmn:intermediateCatchEvent id="Catch_Evil">
                  <bpmn:messageEventDefinition messageRef="Message_Evil" />
                </bpmn:intermediateCatchEvent>
                """, "Start_Evil", "Catch_Evil").replace("<bpmn:process ",
                "<bpmn:message id=\"Message_Evil\" name=\"%s\" /><bpmn:process ".formatted(ELEVATE));
    }

    /** A harmless process: a start, a user task, an end. */
    static String waiting(String key) {
        return process(key, """
                <bpmn:startEvent id="Start_Wait" />
                <bpmn:userTask id="Task_Wait" camunda:candidateGroups="coach" />
                """, "Start_Wait", "Task_Wait");
    }

    /** A decision whose input is a JUEL expression. */
    static String decision(String key, String language, String input) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_%1$s" name="Evil"
                    namespace="https://example.org/dmn">
                  <decision id="%1$s" name="Evil" camunda:historyTimeToLive="P1D">
                    <decisionTable id="Table_Evil" hitPolicy="FIRST">
                      <input id="Input_Evil" label="Anything">
                        <inputExpression id="InputExpression_Evil" typeRef="string" expressionLanguage="%2$s">
                          <text>%3$s</text>
                        </inputExpression>
                      </input>
                      <output id="Output_Evil" name="result" typeRef="boolean" />
                      <rule id="Rule_Evil">
                        <inputEntry id="InputEntry_Evil"><text></text></inputEntry>
                        <outputEntry id="OutputEntry_Evil"><text>true</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key, language, input);
    }

    private static String process(String key, String elements, String first, String last) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_%1$s"
                    targetNamespace="https://example.org/bpmn">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    %2$s
                    <bpmn:endEvent id="End_%1$s" />
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="%3$s" targetRef="%4$s" />
                    <bpmn:sequenceFlow id="Flow_3" sourceRef="%4$s" targetRef="End_%1$s" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, elements, first, last);
    }
}
