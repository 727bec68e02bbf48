package be.actraject.web.authz;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo data the matrix posts about, found by the names the demo gives (candidates, groups, tasks), and the few
 * things it needs that the demo does not hold: a review step a coordinator added, two versions of a model to migrate
 * between, an account to administer. A task a row completes is put on the name of the person the row is about first,
 * as a claim or a hand-over would, so that every row starts from the state it needs.
 */
final class MatrixFixture {

    static final String REVIEW_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
                targetNamespace="https://actraject.be/bpmn">
              <bpmn:process id="%1$s" name="Matrix check" isExecutable="true" camunda:historyTimeToLive="P1095D">
                <bpmn:startEvent id="Start_Check" />
                <bpmn:userTask id="Task_MatrixCheck" name="Dossier nakijken"
                    camunda:formKey="actraject:review" camunda:candidateGroups="%2$s" />
                <bpmn:endEvent id="End_Check" />
                <bpmn:sequenceFlow id="Flow_Check1" sourceRef="Start_Check" targetRef="Task_MatrixCheck" />
                <bpmn:sequenceFlow id="Flow_Check2" sourceRef="Task_MatrixCheck" targetRef="End_Check" />
              </bpmn:process>
            </bpmn:definitions>
            """;
    static final String TARGET_ACCOUNT = "matrixdoel";

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final Clock clock;
    private final AtomicInteger counter = new AtomicInteger();

    MatrixFixture(JdbcTemplate jdbc, TaskService tasks, RuntimeService runtime, RepositoryService repository,
                  Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        if (accounts.find(TARGET_ACCOUNT).isEmpty()) {
            accounts.create(TARGET_ACCOUNT, "Matrix", "Doel", null, "lang-genoeg-123", Role.COACH);
        }
    }

    /** Today on the application's clock, which judges every date a row posts. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Something no earlier request used: a job seeker number, a group name, a user id. */
    String unique(String prefix) {
        return prefix + counter.incrementAndGet();
    }

    long candidate(String fullName) {
        return jdbc.queryForObject("select id from candidate where first_name || ' ' || last_name = ?", Long.class,
                fullName);
    }

    /** The path of the candidate's dossier, below which its forms post. */
    String dossier(String fullName) {
        return "/candidates/" + candidate(fullName);
    }

    long trajectory(String fullName) {
        return jdbc.queryForObject("select max(id) from trajectory where candidate_id = ?", Long.class,
                candidate(fullName));
    }

    long customer(String name) {
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
    }

    long group(String name) {
        return jdbc.queryForObject("select id from learning_group where name = ?", Long.class, name);
    }

    /** The trajectories in a group, for its attendance. */
    List<Long> members(String groupName) {
        return jdbc.queryForList("select trajectory_id from learning_group_member where group_id = ?", Long.class,
                group(groupName));
    }

    /** The candidate's first issued invoice (not a credit note). */
    long issuedInvoice(String fullName) {
        return jdbc.queryForObject("select min(id) from invoice where trajectory_id = ? and status = 'ISSUED'"
                + " and kind = 'INVOICE'", Long.class, trajectory(fullName));
    }

    long openQuote(String fullName) {
        return jdbc.queryForObject("select min(id) from quote where trajectory_id = ? and status = 'OPEN'",
                Long.class, trajectory(fullName));
    }

    /**
     * The path of the candidate's oldest open task of this kind (the demo's, before any the matrix made), put on the
     * user's name (null: on nobody's).
     */
    String task(String fullName, UserTask kind, String holder) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(trajectory(fullName)))
                .taskDefinitionKey(kind.key()).orderByTaskCreateTime().asc().list();
        if (open.isEmpty()) {
            throw new IllegalStateException("The demo has no open " + kind + " for " + fullName);
        }
        return heldBy(open.get(0), holder);
    }

    /** The path of the open attendance task of a collective session, on the user's name. */
    String attendanceTask(String holder) {
        return heldBy(tasks.createTaskQuery().taskDefinitionKey(UserTask.SESSION_ATTENDANCE.key()).list().get(0),
                holder);
    }

    /**
     * The path of a review step a coordinator added to the process models ({@code actraject:review}), open for the
     * candidate, on the user's name.
     */
    String reviewTask(String fullName, String holder) {
        String key = "matrix-review";
        if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
            deploy(key, "coach");
        }
        String businessKey = Long.toString(trajectory(fullName));
        Task task = tasks.createTaskQuery().processDefinitionKey(key).processInstanceBusinessKey(businessKey)
                .singleResult();
        if (task == null) {
            runtime.startProcessInstanceByKey(key, businessKey);
            task = tasks.createTaskQuery().processDefinitionKey(key).processInstanceBusinessKey(businessKey)
                    .singleResult();
        }
        return heldBy(task, holder);
    }

    /**
     * The path of a migration from the first to the latest version of a small model, with a fresh instance on the
     * first so that there is always something to move.
     */
    String migration() {
        String key = "matrix-migrate";
        if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
            deploy(key, "coordinator");
            deploy(key, "coordinator");
        }
        List<ProcessDefinition> versions = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().asc().list();
        runtime.startProcessInstanceById(versions.get(0).getId());
        return "/models/" + versions.get(0).getId() + "/migrate?target=" + versions.get(versions.size() - 1).getId();
    }

    /** How many refused changes the audit log holds for the user. */
    long refusalsOf(String userId) {
        return jdbc.queryForObject("select count(*) from audit_entry where kind = 'WRITE_REFUSED' and actor = ?",
                Long.class, userId);
    }

    private void deploy(String key, String candidateGroup) {
        repository.createDeployment().name(key)
                .addString(key + ".bpmn", REVIEW_MODEL.formatted(key, candidateGroup)).deploy();
    }

    private String heldBy(Task task, String holder) {
        tasks.setAssignee(task.getId(), holder);
        return "/tasks/" + task.getId();
    }
}
