package be.actraject.web.fullstack;

import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.web.fixtures.TestTimers;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.PhaseElements;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators' watch on the demo data, with stuck conditions produced behind the application's back: a job
 * that failed, a trajectory whose process was deleted, a task of a trajectory that does not exist, tasks nobody
 * claimed (the threshold set to zero here); each on the page with its count, and the repairs that clear them, each
 * refused without a reason and audited with one.
 */
@FullStackTest
// Spring Boot's tests leave the metrics exporters off unless asked: this one reads the Prometheus endpoint.
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:stuck-screens;DB_CLOSE_DELAY=-1",
        "actraject.watch.unclaimed-for=0s", "camunda.bpm.job-execution.enabled=false"})
class StuckScreensTest {

    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);

    @Autowired
    MockMvc mvc;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    Caseload caseload;
    @Autowired
    ApplicationContext context;
    @Autowired
    be.actraject.domain.trajectory.TrajectoryProgress progress;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private String page(MockHttpSession session) throws Exception {
        return mvc.perform(get("/admin/stuck").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static int count(String page, String kind) {
        Matcher m = Pattern.compile("data-kind=\"" + kind + "\" data-count=\"(\\d+)\"").matcher(page);
        assertThat(m.find()).as(kind).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void eachKindOfStuckAppearsWithItsCountAndItsRepairClearsItWithAnAuditEntry() throws Exception {
        MockHttpSession admin = signIn("admin");
        String before = page(admin);
        assertThat(count(before, "PAST_LIMIT")).as("Arne, past the phases 1-3 limit in the demo").isPositive();
        assertThat(count(before, "UNCLAIMED_TASK")).isPositive();
        // The demo's own stuck trajectories: a follow-up out of retries, a lost trajectory, one ended behind its back,
        // and tasks untouched for three weeks.
        assertThat(count(before, "FAILED_JOB")).isEqualTo(1);
        assertThat(count(before, "NO_PROCESS")).isEqualTo(1);
        assertThat(count(before, "PROCESS_WITHOUT_TRAJECTORY")).isEqualTo(1);
        assertThat(count(before, "UNTOUCHED_TASK")).isPositive();
        assertThat(count(before, "OVERDUE_TASK")).isPositive();
        assertThat(count(before, "IDLE")).isPositive();
        assertThat(count(before, "OVERDUE_TIMER")).as("the demo's suspended check").isEqualTo(1);
        assertThat(count(before, "UNSENT_MESSAGE")).isEqualTo(1);
        assertThat(count(before, "TASK_WITHOUT_TRAJECTORY")).isEqualTo(1);
        assertThat(before).contains("Tom Verbeke", "Lien Goossens", "Hilde Aerts", "Bart Claes");

        // The demo's suspended check fired by hand: resumed, it runs on to its wait for a message nobody sends.
        String suspendedTimer = management.createJobQuery().processDefinitionKey("dossier-check").timers()
                .singleResult().getId();
        mvc.perform(post("/admin/stuck/jobs/" + suspendedTimer + "/fire").with(csrf()).session(admin)
                        .param("reason", "Vergeten te hervatten"))
                .andExpect(redirectedUrl("/admin/stuck"));
        String fired = page(admin);
        assertThat(count(fired, "OVERDUE_TIMER")).isZero();
        assertThat(count(fired, "UNSENT_MESSAGE")).isEqualTo(2);

        // A step that failed until no retries were left, in an invoicing trajectory.
        repository.createDeployment().addString("broken.bpmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:process id="broken-step" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start_Broken" />
                    <bpmn:serviceTask id="Service_Broken" camunda:asyncBefore="true"
                        camunda:expression="${broken ? trajectoryPhases.enter(0, 'NO_SUCH_PHASE') : true}" />
                    <bpmn:userTask id="Task_AfterBroken" camunda:candidateGroups="coach" />
                    <bpmn:endEvent id="End_Broken" />
                    <bpmn:sequenceFlow id="f1" sourceRef="Start_Broken" targetRef="Service_Broken" />
                    <bpmn:sequenceFlow id="f2" sourceRef="Service_Broken" targetRef="Task_AfterBroken" />
                    <bpmn:sequenceFlow id="f3" sourceRef="Task_AfterBroken" targetRef="End_Broken" />
                  </bpmn:process>
                </bpmn:definitions>
                """).deploy();
        TestTrajectory invoicing = new TestTrajectories(context).candidate("Kobus", "Vastgelopen").coachedBy("coach")
                .inInvoicing();
        new TestTimers(context).fire(invoicing, PhaseElements.EXTRA_EARNINGS_DUE);
        String kobe = invoicing.key();
        String broken = runtime.startProcessInstanceByKey("broken-step", kobe, java.util.Map.of("broken", true)).getId();
        String job = management.createJobQuery().processInstanceId(broken).singleResult().getId();
        // The step fails (a phase that does not exist) until its retries are used up: an incident.
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                management.executeJob(job);
            } catch (RuntimeException expected) {
                // failed, one retry fewer
            }
        }
        assertThat(management.createJobQuery().jobId(job).singleResult().getRetries()).isZero();
        // A trajectory whose process is gone behind the dossier's back.
        String pieter = new TestTrajectories(context).candidate("Pieter", "Zonderproces").coachedBy("coach")
                .registered().key();
        runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.TRAJECTORY)
                .processInstanceBusinessKey(pieter).singleResult().getId(), "test", true);
        // A task of a trajectory that does not exist.
        String orphanInstance = runtime.startProcessInstanceByKey("broken-step", "999999",
                java.util.Map.of("broken", false)).getId();
        String orphan = management.createJobQuery().processInstanceId(orphanInstance).singleResult().getId();
        management.executeJob(orphan);

        // A trajectory ended in the dossier while its process runs on.
        long julie = new TestTrajectories(context).candidate("Julie", "Achterdeur").coachedBy("coach").registered()
                .trajectoryId();
        progress.end(julie, be.actraject.workflow.ExitType.SALARIED, "Rechtstreeks in de databank gezet");

        String stuck = page(admin);
        assertThat(count(stuck, "PROCESS_WITHOUT_TRAJECTORY")).isEqualTo(2);
        assertThat(count(stuck, "FAILED_JOB")).isEqualTo(2);
        assertThat(count(stuck, "NO_PROCESS")).isEqualTo(2);
        assertThat(count(stuck, "TASK_WITHOUT_TRAJECTORY")).isEqualTo(2);
        assertThat(stuck).contains("Pieter Zonderproces", "Kobus Vastgelopen", "Service_Broken");

        // The drill-down: where its instances stand, the incident with its stack trace, the history.
        String inspection = mvc.perform(get("/admin/trajectories/" + kobe).session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(inspection).contains("data-instance=\"trajectory\"", "data-instance=\"invoicing\"",
                "data-instance=\"broken-step\"", "data-testid=\"incident\"", "Service_Broken", "data-testid=\"history\"",
                "Kobus Vastgelopen");
        mvc.perform(get("/admin/trajectories/" + kobe).session(signIn("coordinator"))).andExpect(status().isForbidden());

        // Retry: refused without a reason, done with one; the incident is gone once the job runs.
        mvc.perform(post("/admin/stuck/jobs/" + job + "/retry").with(csrf()).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geef een reden voor de herstelling.")));
        mvc.perform(post("/admin/stuck/jobs/" + job + "/retry").with(csrf()).session(admin)
                        .param("reason", "Databank was even weg"))
                .andExpect(redirectedUrl("/admin/stuck"))
                .andExpect(flashMessage("stuck.repaired.retry"));
        runtime.setVariable(broken, "broken", false); // the cause fixed (a bean deployed, a service back)
        management.executeJob(job);
        assertThat(count(page(admin), "FAILED_JOB")).isEqualTo(1);

        // A token move to an activity that does not exist: refused, nothing changed; to one that does: moved.
        mvc.perform(post("/admin/stuck/instances/" + broken + "/move").with(csrf()).session(admin)
                        .param("fromActivityId", "Task_AfterBroken").param("toActivityId", "Task_Nowhere").param("reason", "Terug"))
                .andExpect(content().string(containsString("Die activiteit bestaat niet")));
        mvc.perform(post("/admin/stuck/instances/" + broken + "/move").with(csrf()).session(admin)
                        .param("fromActivityId", "Task_AfterBroken").param("toActivityId", "End_Broken").param("reason", "Stap overbodig"))
                .andExpect(redirectedUrl("/admin/stuck"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(broken).count()).isZero();

        // An unclaimed task escalated to the coordinators; one handed to a user who does not exist: refused.
        String task = tasks.createTaskQuery().processInstanceBusinessKey(kobe).taskUnassigned().list().get(0).getId();
        mvc.perform(post("/admin/stuck/tasks/" + task + "/reassign").with(csrf()).session(admin)
                        .param("userId", "niemand").param("reason", "Overnemen"))
                .andExpect(content().string(containsString("Die gebruiker bestaat niet")))
                .andExpect(content().string(containsString("value=\"niemand\"")));
        mvc.perform(post("/admin/stuck/tasks/" + task + "/escalate").with(csrf()).session(admin).param("reason", "Coach ziek"))
                .andExpect(redirectedUrl("/admin/stuck"));
        // An unclaimed task put on a coach's name is no longer unclaimed.
        int unclaimed = count(page(admin), "UNCLAIMED_TASK");
        mvc.perform(post("/admin/stuck/tasks/" + task + "/reassign").with(csrf()).session(admin)
                        .param("userId", "coach2").param("reason", "Karel neemt over"))
                .andExpect(redirectedUrl("/admin/stuck"));
        assertThat(count(page(admin), "UNCLAIMED_TASK")).isEqualTo(unclaimed - 1);
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("coach2");
        assertThat(tasks.getIdentityLinksForTask(task)).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("coordinator"));

        assertThat(page(admin).contains("Service_Broken")).isFalse();

        // The inconsistencies: the lost trajectory ended with its exit (refused without one), the orphaned and the
        // ended trajectory's processes cancelled.
        mvc.perform(post("/admin/stuck/trajectories/" + pieter + "/end").with(csrf()).session(admin)
                        .param("reason", "Proces verloren"))
                .andExpect(content().string(containsString("Kies hoe het traject eindigt.")));
        mvc.perform(post("/admin/stuck/trajectories/" + pieter + "/end").with(csrf()).session(admin)
                        .param("exit", "REORIENTED").param("reason", "Proces verloren"))
                .andExpect(redirectedUrl("/admin/stuck"));
        mvc.perform(post("/admin/stuck/instances/" + orphanInstance + "/cancel").with(csrf()).session(admin)
                        .param("reason", "Geen kandidaat"))
                .andExpect(redirectedUrl("/admin/stuck"));
        mvc.perform(post("/admin/stuck/instances/" + orphanInstance + "/cancel").with(csrf()).session(admin)
                        .param("reason", "Nog eens"))
                .andExpect(content().string(containsString("intussen veranderd of verdwenen")));
        String julieProcess = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.TRAJECTORY)
                .processInstanceBusinessKey(Long.toString(julie)).singleResult().getId();
        mvc.perform(post("/admin/stuck/instances/" + julieProcess + "/cancel").with(csrf()).session(admin).param("reason", "Traject al beëindigd"))
                .andExpect(redirectedUrl("/admin/stuck"));
        String repaired = page(admin);
        assertThat(count(repaired, "NO_PROCESS")).isEqualTo(1);
        assertThat(count(repaired, "TASK_WITHOUT_TRAJECTORY")).isEqualTo(1);
        assertThat(count(repaired, "PROCESS_WITHOUT_TRAJECTORY")).isEqualTo(1);
        String audit = mvc.perform(get("/admin/audit").session(admin)).andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("Stap opnieuw geprobeerd", "Databank was even weg", "Token verplaatst", "Stap overbodig",
                "Taak naar de coördinator", "Coach ziek", "Taak toegewezen", "Karel neemt over", "Traject beëindigd door een beheerder", "REORIENTED: Proces verloren",
                "Proces geannuleerd", "Geen kandidaat", "Traject al beëindigd");
        for (String user : new String[]{"coach", "coordinator", "office"}) {
            mvc.perform(get("/admin/stuck").session(signIn(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theWatchIsOnPrometheusForAdministratorsAndAScraper() throws Exception {
        // However many the demo and the other tests left invoicing: the gauge counts what the caseload holds.
        long invoicing = caseload.runningByPhase().getOrDefault(be.actraject.workflow.Phase.INVOICING, 0L);
        String metrics = mvc.perform(get("/actuator/prometheus").session(signIn("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("actraject_tasks_open", "actraject_tasks_overdue", "actraject_tasks_unclaimed",
                "actraject_incidents", "actraject_jobs_failed", "actraject_jobs_due",
                "actraject_trajectories{phase=\"INVOICING\"} " + invoicing + ".0");
        mvc.perform(get("/actuator/prometheus").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.httpBasic("admin", DemoAccounts.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").session(signIn("coordinator"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is4xxClientError());
    }
}
