package be.actraject.web.authz;

import be.actraject.domain.assessment.Competency;
import be.actraject.workflow.UserTask;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static be.actraject.web.authz.Who.ADMINISTRATOR;
import static be.actraject.web.authz.Who.ANOTHER_COACH;
import static be.actraject.web.authz.Who.COACH_OF_CANDIDATE;
import static be.actraject.web.authz.Who.COORDINATOR;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The matrix's rows outside the dossiers: learning groups (their coach and coordinators), the settings (coordinators),
 * the process room (coordinators and administrators) and the administrators' accounts and watch. "The coach of the
 * candidate" is {@code coach}, who leads the matrix's learning group.
 */
final class AdministrationWrites {

    private AdministrationWrites() {
    }

    static List<Write> rows() {
        return List.of(
                // A coach starts a group they lead themselves.
                Write.of("POST /groups").allowedTo(COACH_OF_CANDIDATE, ANOTHER_COACH, COORDINATOR)
                        .request((f, user) -> post("/groups").param("name", f.unique("Leergroep Matrix "))
                                .param("coach", user.startsWith("coach") ? user : "coach")),
                Write.of("POST /groups/{groupId}/sessions").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post("/groups/" + f.group() + "/sessions")
                                .param("startsAt", f.today().plusDays(10) + "T09:30")
                                .param("durationMinutes", "120").param("topic", "Je eerste klanten")),
                Write.of("POST /settings/reference-profile").allowedTo(COORDINATOR)
                        .request(f -> {
                            MockHttpServletRequestBuilder request = post("/settings/reference-profile")
                                    .param("reason", "Netwerken weegt zwaarder");
                            for (Competency c : Competency.values()) {
                                request.param("scores[" + c + "]", "4");
                            }
                            return request;
                        }),
                Write.of("POST /settings/parameters/{key}").allowedTo(COORDINATOR)
                        .request(f -> post("/settings/parameters/payment-reminder-interval").param("value", "P21D")
                                .param("reason", "Klanten wat meer tijd geven")),
                Write.of("POST /settings/approval-rule [addRow]").allowedTo(COORDINATOR).answers(200)
                        .request(f -> rule().param("addRow", "")),
                Write.of("POST /settings/approval-rule").allowedTo(COORDINATOR)
                        .request(f -> rule()),
                Write.of("POST /settings/training-rule [addRow]").allowedTo(COORDINATOR).answers(200)
                        .request(f -> trainingRule().param("addRow", "")),
                Write.of("POST /settings/training-rule").allowedTo(COORDINATOR)
                        .request(f -> trainingRule()),
                // Validating writes nothing; the process room's people do it.
                Write.of("POST /models/validate").allowedTo(COORDINATOR, ADMINISTRATOR).answers(200)
                        .request(f -> post("/models/validate").param("name", "matrix-deploy.bpmn")
                                .param("xml", model("matrix-deploy"))),
                Write.of("POST /models/deploy").allowedTo(COORDINATOR, ADMINISTRATOR).answers(200)
                        .request(f -> post("/models/deploy").param("name", "matrix-deploy.bpmn")
                                .param("xml", model("matrix-deploy")).param("comment", "Nieuwe controle")),
                Write.of("POST /models/upload").allowedTo(COORDINATOR, ADMINISTRATOR)
                        .request(f -> multipart("/models/upload").file(new MockMultipartFile("file",
                                "matrix-upload.bpmn", "application/xml",
                                model("matrix-upload").getBytes(StandardCharsets.UTF_8)))
                                .param("comment", "Nieuwe controle")),
                Write.of("POST /admin/accounts").allowedTo(ADMINISTRATOR)
                        .request(f -> post("/admin/accounts").param("userId", f.unique("matrix"))
                                .param("firstName", "Jan").param("lastName", "Matrix")
                                .param("password", "lang-genoeg-1").param("roles", "COACH")),
                Write.of("POST /admin/accounts/{userId}/roles").allowedTo(ADMINISTRATOR)
                        .request(f -> post("/admin/accounts/" + MatrixFixture.TARGET_ACCOUNT + "/roles")
                                .param("roles", "COACH", "OFFICE")),
                Write.of("POST /admin/accounts/{userId}/password").allowedTo(ADMINISTRATOR)
                        .request(f -> post("/admin/accounts/" + MatrixFixture.TARGET_ACCOUNT + "/password")
                                .param("password", "nog-langer-123")),
                Write.of("POST /admin/accounts/{userId}/unlock").allowedTo(ADMINISTRATOR)
                        .request(f -> post("/admin/accounts/" + MatrixFixture.TARGET_ACCOUNT + "/unlock")),
                // The watch's repairs: on a pool task of the matrix's own, or (answered with the watch and its refusal) on an
                // engine element that does not exist, so that the demo's stuck examples stay for the later rows.
                Write.of("POST /admin/stuck/jobs/{jobId}/retry").allowedTo(ADMINISTRATOR).answers(200)
                        .request(f -> post("/admin/stuck/jobs/matrix-job/retry").param("reason", "Databank was weg")),
                Write.of("POST /admin/stuck/jobs/retry-all").allowedTo(ADMINISTRATOR)
                        .request(f -> post("/admin/stuck/jobs/retry-all").param("reason", "Databank was weg")),
                Write.of("POST /admin/stuck/jobs/{jobId}/fire").allowedTo(ADMINISTRATOR).answers(200)
                        .request(f -> post("/admin/stuck/jobs/matrix-job/fire").param("reason", "Taakuitvoering stil")),
                Write.of("POST /admin/stuck/tasks/{taskId}/unclaim").allowedTo(ADMINISTRATOR)
                        .request(f -> post(stuckTask(f) + "/unclaim").param("reason", "Coach met verlof")),
                Write.of("POST /admin/stuck/tasks/{taskId}/reassign").allowedTo(ADMINISTRATOR)
                        .request(f -> post(stuckTask(f) + "/reassign").param("userId", "coach")
                                .param("reason", "Coach terug")),
                Write.of("POST /admin/stuck/tasks/{taskId}/escalate").allowedTo(ADMINISTRATOR)
                        .request(f -> post(stuckTask(f) + "/escalate").param("reason", "Coach ziek")),
                Write.of("POST /admin/stuck/tasks/{taskId}/postpone").allowedTo(ADMINISTRATOR)
                        .request(f -> post(stuckTask(f) + "/postpone").param("due", f.today().plusDays(7).toString())
                                .param("reason", "Coach terug na verlof")),
                Write.of("POST /admin/stuck/instances/{processInstanceId}/move").allowedTo(ADMINISTRATOR).answers(200)
                        .request(f -> post("/admin/stuck/instances/matrix-instance/move")
                                .param("fromActivityId", "Task_A").param("toActivityId", "Task_B")
                                .param("reason", "Stap overbodig")),
                Write.of("POST /admin/stuck/instances/{processInstanceId}/cancel").allowedTo(ADMINISTRATOR).answers(200)
                        .request(f -> post("/admin/stuck/instances/matrix-instance/cancel")
                                .param("reason", "Geen kandidaat")),
                Write.of("POST /admin/stuck/trajectories/{trajectoryId}/end").allowedTo(ADMINISTRATOR).answers(200)
                        .request(f -> post("/admin/stuck/trajectories/999999/end").param("exit", "STOPPED")
                                .param("reason", "Proces verloren")),
                // Last: a migration leaves a batch for the job executor (off in this test).
                Write.of("POST /models/{sourceId}/migrate").allowedTo(COORDINATOR, ADMINISTRATOR)
                        .request(f -> post(f.migration()).param("confirm", "true")));
    }

    /** The watch's address of a pool task of the matrix's own candidate: an individual conversation nobody holds. */
    private static String stuckTask(MatrixFixture f) {
        return "/admin/stuck/tasks/" + f.task(f.candidates().inPoolForTheWatch(), UserTask.INDIVIDUAL_CONVERSATION, null)
                .substring("/tasks/".length());
    }

    private static MockHttpServletRequestBuilder rule() {
        return post("/settings/approval-rule").param("reason", "Voorzichtiger")
                .param("rows[0].issuedCount", "< 3").param("rows[0].amount", "")
                .param("rows[0].coordinatorToo", "true").param("rows[0].description", "De eerste facturen")
                .param("rows[1].issuedCount", "").param("rows[1].amount", "> 2000")
                .param("rows[1].coordinatorToo", "true").param("rows[1].description", "Grote facturen")
                .param("rows[2].issuedCount", "").param("rows[2].amount", "")
                .param("rows[2].coordinatorToo", "false").param("rows[2].description", "Anders de coach alleen");
    }

    /** The training-approval table of three rows: own money, costly modules, otherwise the coach. */
    private static MockHttpServletRequestBuilder trainingRule() {
        return post("/settings/training-rule").param("reason", "Voorzichtiger")
                .param("rows[0].payers", "COOPERATIVE", "CANDIDATE").param("rows[0].cost", "")
                .param("rows[0].coordinatorAgrees", "true").param("rows[0].description", "Eigen geld")
                .param("rows[1].cost", "> 400").param("rows[1].coordinatorAgrees", "true")
                .param("rows[1].description", "Dure modules")
                .param("rows[2].cost", "").param("rows[2].coordinatorAgrees", "false")
                .param("rows[2].description", "Anders de coach alleen");
    }

    /** A model that passes the process room's validation: a check with nothing to do yet. */
    private static String model(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
                    targetNamespace="https://actraject.be/bpmn">
                  <bpmn:process id="%1$s" name="Controle" isExecutable="true" camunda:historyTimeToLive="P1095D">
                    <bpmn:startEvent id="Start_Check" name="Controle begint" />
                    <bpmn:endEvent id="End_Check" name="Controle klaar" />
                    <bpmn:sequenceFlow id="Flow_Check" sourceRef="Start_Check" targetRef="End_Check" />
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="Diagram_%1$s" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                      xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                      xmlns:di="http://www.omg.org/spec/DD/20100524/DI">
                    <bpmndi:BPMNPlane id="Plane_%1$s" bpmnElement="%1$s">
                      <bpmndi:BPMNShape id="Start_Check_di" bpmnElement="Start_Check">
                        <dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="End_Check_di" bpmnElement="End_Check">
                        <dc:Bounds x="252" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                      <bpmndi:BPMNEdge id="Flow_Check_di" bpmnElement="Flow_Check">
                        <di:waypoint x="188" y="120" /><di:waypoint x="252" y="120" /></bpmndi:BPMNEdge>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(key);
    }
}
