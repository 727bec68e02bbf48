package be.actraject.web.fullstack;

import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The stuck kinds the other watch test leaves: a trajectory idle for two months (its timeline set back behind the
 * application), a timer that did not fire (made on a set-back engine clock, no job executor), a task long overdue, a
 * wait for a message nothing sends, a task untouched for weeks (the test's own) — each counted, each cleared by its repair.
 */
@FullStackTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:stuck-kinds;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class StuckKindsTest {

    @Autowired
    Clock clock;
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
    JdbcTemplate jdbc;

    private MockHttpSession admin;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private int count(String kind) throws Exception {
        String page = mvc.perform(get("/admin/stuck").session(admin)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        Matcher m = Pattern.compile("data-kind=\"" + kind + "\" data-count=\"(\\d+)\"").matcher(page);
        assertThat(m.find()).as(kind).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** A repair posted to its address under the watch, such as {@code tasks/{id}/unclaim}. */
    private MockHttpServletRequestBuilder repair(String address, String reason) {
        return post("/admin/stuck/" + address).with(csrf()).session(admin).param("reason", reason);
    }

    private String deployAndStart(String process, String body, String businessKey) {
        repository.createDeployment().addString(process + ".bpmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:message id="m" name="never-sent" />
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="s" />%s<bpmn:endEvent id="e" />
                    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="w" />
                    <bpmn:sequenceFlow id="f2" sourceRef="w" targetRef="e" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(process, body)).deploy();
        return runtime.startProcessInstanceByKey(process, businessKey).getId();
    }

    @Test
    void idleOverdueTimersAndTasksUnsentMessagesAndUntouchedTasksAreCountedAndCleared() throws Exception {
        admin = signIn("admin");
        String pieter = new TestTrajectories(context).candidate("Pieter", "Stilstand").coachedBy("coach").registered()
                .key();

        // Idle: nothing in Pieter's timeline for two months.
        int idle = count("IDLE");
        jdbc.update("update timeline_entry set occurred_at = ? where trajectory_id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(60))), Long.parseLong(pieter));
        assertThat(count("IDLE")).isEqualTo(idle + 1);

        // A timer due two hours ago that did not fire.
        int timers = count("OVERDUE_TIMER");
        atEngineTime(clock.instant().minus(Duration.ofHours(2)), () -> deployAndStart("waiting-timer",
                "<bpmn:intermediateCatchEvent id=\"w\"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1M"
                        + "</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>", pieter));
        assertThat(count("OVERDUE_TIMER")).isEqualTo(timers + 1);
        String timer = management.createJobQuery().processDefinitionKey("waiting-timer").singleResult().getId();
        mvc.perform(repair("jobs/" + timer + "/fire", "Taakuitvoering lag stil"))
                .andExpect(redirectedUrl("/admin/stuck"));
        assertThat(count("OVERDUE_TIMER")).isEqualTo(timers);
        assertThat(count("IDLE")).as("the repair is something that happened in Pieter's trajectory").isEqualTo(idle);

        // A task overdue since 2020: a new due date in the past is refused, one to come clears it.
        int overdue = count("OVERDUE_TASK");
        deployAndStart("late-task", "<bpmn:userTask id=\"w\" camunda:candidateGroups=\"coach\""
                + " camunda:dueDate=\"2020-01-01T10:00:00\" />", pieter);
        assertThat(count("OVERDUE_TASK")).isEqualTo(overdue + 1);
        String late = tasks.createTaskQuery().processDefinitionKey("late-task").singleResult().getId();
        mvc.perform(repair("tasks/" + late + "/postpone", "Later").param("due", "2021-01-01"))
                .andExpect(content().string(containsString("Geef een vervaldatum van "
                        + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(clock))
                        + " tot en met " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                        .format(LocalDate.now(clock).plusMonths(6)) + ".")));
        mvc.perform(repair("tasks/" + late + "/postpone", "Coach terug na verlof")
                        .param("due", LocalDate.now(clock).plusDays(7).toString()))
                .andExpect(redirectedUrl("/admin/stuck"));
        assertThat(count("OVERDUE_TASK")).isEqualTo(overdue);

        // A wait for a message nothing sends: cancelled.
        int unsent = count("UNSENT_MESSAGE");
        String waiting = deployAndStart("waits-forever", "<bpmn:intermediateCatchEvent id=\"w\">"
                + "<bpmn:messageEventDefinition messageRef=\"m\" /></bpmn:intermediateCatchEvent>", pieter);
        assertThat(count("UNSENT_MESSAGE")).isEqualTo(unsent + 1);
        mvc.perform(repair("instances/" + waiting + "/cancel", "Niemand stuurt dit bericht"))
                .andExpect(redirectedUrl("/admin/stuck"));
        assertThat(count("UNSENT_MESSAGE")).isEqualTo(unsent);

        // A task claimed three weeks ago and never touched since: handed back.
        int untouched = count("UNTOUCHED_TASK");
        String hilde = new TestTrajectories(context).candidate("Hilde", "Onaangeroerd").coachedBy("coach").registered()
                .key();
        String task = tasks.createTaskQuery().processInstanceBusinessKey(hilde).taskAssignee("coach").list().get(0)
                .getId();
        // On the coach's name since three weeks, untouched: the engine's own record of the task set back.
        jdbc.update("update ACT_RU_TASK set CREATE_TIME_ = ?, LAST_UPDATED_ = ? where ID_ = ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(21))),
                Timestamp.from(clock.instant().minus(Duration.ofDays(21))), task);
        assertThat(count("UNTOUCHED_TASK")).isEqualTo(untouched + 1);
        mvc.perform(repair("tasks/" + task + "/unclaim", "Coach met ziekteverlof"))
                .andExpect(redirectedUrl("/admin/stuck"));
        assertThat(count("UNTOUCHED_TASK")).isEqualTo(untouched);

        // A trajectory past its limit, ended with its exit registration: stopped on the engine, the exit recorded.
        String arne = new TestTrajectories(context).candidate("Arne", "Overtijd").coachedBy("coach").enteredWeeksAgo(28)
                .inProspecting().key();
        int pastLimit = count("PAST_LIMIT");
        mvc.perform(repair("trajectories/" + arne + "/end", "Stopt; niet meer bereikbaar").param("exit", "STOPPED"))
                .andExpect(redirectedUrl("/admin/stuck"));
        assertThat(count("PAST_LIMIT")).isEqualTo(pastLimit - 1);
        assertThat(caseload.all(Actor.of("admin", Role.ADMINISTRATOR)).stream()
                .filter(t -> t.getId().toString().equals(arne)).findFirst().orElseThrow().getExitType())
                .isEqualTo(be.actraject.workflow.ExitType.STOPPED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(arne).count()).isZero();
        mvc.perform(repair("trajectories/" + arne + "/end", "Nog eens").param("exit", "STOPPED"))
                .andExpect(content().string(containsString("intussen veranderd of verdwenen")));

        String audit = mvc.perform(get("/admin/audit").session(admin)).andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("Timer met de hand afgegaan", "Taak uitgesteld", "Proces geannuleerd", "Taak vrijgegeven",
                "Coach met ziekteverlof", "Traject beëindigd door een beheerder", "STOPPED: Stopt; niet meer bereikbaar");
    }

    /** Runs something with the engine's clock set to another moment (what it makes then looks that old). */
    private static void atEngineTime(Instant moment, Runnable work) {
        try {
            ClockUtil.setCurrentTime(Date.from(moment));
            work.run();
        } finally {
            ClockUtil.reset();
        }
    }
}
