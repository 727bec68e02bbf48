package be.actraject.bpmn.models;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ModelChangesTest {

    private static byte[] model(String tasks) {
        return ("""
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:process id="p" isExecutable="true">%s</bpmn:process>
                </bpmn:definitions>""").formatted(tasks).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void namesWhatWasAddedRemovedAndChangedWithTheOldAndNewValue() {
        byte[] before = model("""
                <bpmn:userTask id="Task_A" name="Gesprek" camunda:candidateGroups="coach" />
                <bpmn:serviceTask id="Service_B" camunda:expression="${deadlines.fromNow('x')}" />
                <bpmn:intermediateCatchEvent id="Timer_C"><bpmn:timerEventDefinition id="TimerDef_C">
                  <bpmn:timeDuration>P7D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""");
        byte[] after = model("""
                <bpmn:userTask id="Task_A" name="Gesprek" camunda:candidateGroups="coordinator" />
                <bpmn:intermediateCatchEvent id="Timer_C"><bpmn:timerEventDefinition id="TimerDef_C">
                  <bpmn:timeDuration>P14D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
                <bpmn:userTask id="Task_D" name="Nakijken" />""");

        assertThat(ModelChanges.between(before, after).lines()).containsExactly(
                "~ userTask Task_A \"Gesprek\": camunda:candidateGroups coach → coordinator",
                "~ timerEventDefinition TimerDef_C: P7D → P14D",
                "+ userTask Task_D \"Nakijken\"",
                "− serviceTask Service_B");
    }

    @Test
    void aMovedShapeIsNoChange() {
        byte[] before = model("<bpmn:userTask id=\"Task_A\" />");
        byte[] after = new String(model("<bpmn:userTask id=\"Task_A\" />"), StandardCharsets.UTF_8)
                .replace("</bpmn:definitions>", "<bpmndi:BPMNDiagram id=\"Diagram\"><bpmndi:BPMNPlane id=\"Plane\">"
                        + "<bpmndi:BPMNShape id=\"Shape\" bpmnElement=\"Task_A\"><dc:Bounds x=\"1\" y=\"2\" width=\"3\""
                        + " height=\"4\" /></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(ModelChanges.between(before, after)).isEqualTo("=");
        assertThat(ModelChanges.between(null, before)).contains("+ process p", "+ userTask Task_A");
    }
}
