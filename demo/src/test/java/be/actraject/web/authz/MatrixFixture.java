package be.actraject.web.authz;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.bankstatement.StatementImports;
import be.actraject.domain.agenda.PlannedConversations;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.testsupport.CamtFiles;
import be.actraject.web.fixtures.TestGroups;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the matrix posts about: candidates of its own at every point the rows need ({@link MatrixCandidates}), its
 * learning group with a session that is over, a review step a coordinator added, two versions of a model to migrate
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
    private final MatrixCandidates candidates;
    private final TestGroups groups;
    private final PlannedConversations planned;
    private final ApplicationContext context;
    private Long sessionOver;
    private MatrixTraining training;
    private final SectorFixture sectors;

    MatrixFixture(ApplicationContext context, JdbcTemplate jdbc, TaskService tasks, RuntimeService runtime,
                  RepositoryService repository, Accounts accounts, Clock clock) {
        this.context = context;
        this.candidates = new MatrixCandidates(context);
        this.sectors = new SectorFixture(context);
        this.groups = new TestGroups(context);
        this.planned = context.getBean(PlannedConversations.class);
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

    /** The candidates the rows post about, made on first use. */
    /** A candidate's optimistic-locking version now, which a correction form carries. */
    long versionOf(TestTrajectory candidate) {
        return jdbc.queryForObject("select version from candidate where id = ?", Long.class, candidate.candidateId());
    }

    MatrixCandidates candidates() {
        return candidates;
    }

    /** The sector group and expert the sector rows post about, made on first use. */
    SectorFixture sectors() {
        return sectors;
    }

    /** The path of the candidate's dossier, below which its forms post. */
    String dossier(TestTrajectory candidate) {
        return candidate.dossier();
    }

    /** A customer the matrix's candidates recorded ({@link MatrixCandidates#CUSTOMER}, say). */
    long customer(String name) {
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
    }

    long group() {
        return candidates.group();
    }

    /** The trajectories in the matrix's group, for its attendance. */
    List<Long> members() {
        candidates.inExploration();
        return jdbc.queryForList("select trajectory_id from learning_group_member where group_id = ?", Long.class,
                group());
    }

    /** The invoicing candidate's issued invoice (not a credit note). */
    long issuedInvoice() {
        return jdbc.queryForObject("select min(id) from invoice where trajectory_id = ? and status = 'ISSUED'"
                + " and kind = 'INVOICE'", Long.class, candidates.invoicing().trajectoryId());
    }

    /**
     * A message about the issued invoice that could not be sent, new for each request: "send now" makes it due
     * again (the matrix runs without a mail server, so it stays in the outbox).
     */
    long failedMail() {
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        jdbc.update("insert into mail_message (recipient, subject, body, state, attempts, next_attempt_at, last_error,"
                + " created_at, about, invoice_id) values ('klant@matrix.test', 'Factuur', 'Beste', 'FAILED', 20, ?,"
                + " 'weg', ?, 'INVOICE', ?)", now, now, issuedInvoice());
        return jdbc.queryForObject("select max(id) from mail_message", Long.class);
    }

    /** The number of an invoice, as office staff type it when they match a bank statement's line. */
    String invoiceNumber(long invoiceId) {
        return jdbc.queryForObject("select number from invoice where id = ?", String.class, invoiceId);
    }

    /** A new line on the bank statements' review list (issue 18): a credit without a structured communication. */
    long reviewLine() {
        String statement = unique("MATRIX-STMT-");
        long importId = context.getBean(StatementImports.class).importFile(CamtFiles.statement(statement)
                        .creditWithText(statement + "-1", "5.00", today(), "Geen mededeling").bytes(), "matrix.xml",
                Actor.of("office", Role.OFFICE)).importId();
        return jdbc.queryForObject("select min(id) from bank_statement_entry where import_id = ?", Long.class,
                importId);
    }

    /** A new conversation planned by the coach of the prospecting candidate, a week from today. */
    long plannedConversation() {
        return planned.plan(candidates.inProspecting().candidateId(), today().plusDays(7).atTime(10, 0),
                ConversationKind.PHONE, null, Actor.of("coach", Role.COACH)).getId();
    }

    /** The matrix's training modules and enrolments of the exploring candidate (issue 17), made on first use. */
    MatrixTraining training() {
        if (training == null) {
            training = new MatrixTraining(context, candidates.inExploration());
        }
        return training;
    }

    /** The prospecting candidate's first logged activity. */
    long prospectingActivity() {
        return jdbc.queryForObject("select min(id) from prospecting_activity where trajectory_id = ?", Long.class,
                candidates.inProspecting().trajectoryId());
    }

    long openQuote() {
        return jdbc.queryForObject("select min(id) from quote where trajectory_id = ? and status = 'OPEN'",
                Long.class, candidates.invoicing().trajectoryId());
    }

    /**
     * The path of the candidate's oldest open task of this kind, put on the user's name (null: on nobody's).
     *
     * @throws IllegalStateException when the candidate has no such task open
     */
    String task(TestTrajectory candidate, UserTask kind, String holder) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(candidate.key())
                .taskDefinitionKey(kind.key()).orderByTaskCreateTime().asc().list();
        if (open.isEmpty()) {
            throw new IllegalStateException("No open " + kind + " for " + candidate.fullName());
        }
        return heldBy(open.get(0), holder);
    }

    /** The path of the open attendance task of a session of the matrix's group that is over, on the user's name. */
    String attendanceTask(String holder) {
        members();
        if (sessionOver == null) {
            sessionOver = groups.sessionOver(group(), "Je eerste klanten");
        }
        return heldBy(tasks.createTaskQuery().taskId(groups.attendanceTask(sessionOver)).singleResult(), holder);
    }

    /**
     * The path of a review step a coordinator added to the process models ({@code actraject:review}), open for the
     * candidate, on the user's name.
     */
    String reviewTask(TestTrajectory candidate, String holder) {
        String key = "matrix-review";
        if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
            deploy(key, "coach");
        }
        String businessKey = candidate.key();
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
