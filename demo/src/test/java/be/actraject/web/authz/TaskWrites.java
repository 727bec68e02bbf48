package be.actraject.web.authz;

import be.actraject.domain.assessment.Competency;
import be.actraject.workflow.UserTask;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.YearMonth;
import java.util.List;

import static be.actraject.web.authz.DossierWrites.lines;
import static be.actraject.web.authz.DossierWrites.plan;
import static be.actraject.web.authz.Who.COACH_OF_CANDIDATE;
import static be.actraject.web.authz.Who.COORDINATOR;
import static be.actraject.web.authz.Who.OFFICE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The matrix's rows for tasks: the worklist's changes (the holder, and coordinators for a colleague's task) and every
 * task screen, which only the task's holder submits — each task first put on the name of the person the row says,
 * so that the others are refused for not holding it, or for not seeing its candidate.
 */
final class TaskWrites {

    private TaskWrites() {
    }

    static List<Write> rows() {
        return List.of(
                // A coordinators' task: a coach is not among its candidates.
                Write.of("POST /tasks/{taskId}/claim").allowedTo(COORDINATOR)
                        .request(f -> post(f.task(f.candidates().awaitingGroup(),
                                UserTask.LEARNING_GROUP_PLACEMENT, null) + "/claim")),
                Write.of("POST /tasks/{taskId}/unclaim").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post(f.task(f.candidates().atConversation("held"),
                                UserTask.INDIVIDUAL_CONVERSATION, "coach")
                                + "/unclaim")),
                // A pool candidate's task, handed over to a colleague who may see the candidate.
                Write.of("POST /tasks/{taskId}/hand-over").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post(f.task(f.candidates().inPool(), UserTask.INDIVIDUAL_CONVERSATION, "coach")
                                + "/hand-over").param("colleague", "coach2").param("note", "Neem jij dit over?")),
                Write.of("POST /tasks/{taskId}/follow-up").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post(f.task(f.candidates().atConversation("held"),
                                UserTask.INDIVIDUAL_CONVERSATION, "coach")
                                + "/follow-up").param("day", f.today().plusDays(7).toString())),
                Write.of("POST /tasks/{taskId}/individual-conversation").allowedTo(COACH_OF_CANDIDATE)
                        .request(f -> post(f.task(f.candidates().atConversation("report"),
                                UserTask.INDIVIDUAL_CONVERSATION, "coach")
                                + "/individual-conversation").param("heldOn", f.today().toString())
                                .param("kind", "IN_PERSON")
                                .param("topics", "Opvolging van het idee")),
                Write.of("POST /tasks/{taskId}/entre-spiegel").allowedTo(COACH_OF_CANDIDATE)
                        .request(f -> scores(post(f.task(f.candidates().atEntreSpiegel(),
                                UserTask.ENTRE_SPIEGEL, "coach")
                                + "/entre-spiegel").param("assessedOn", f.today().toString()))),
                Write.of("POST /tasks/{taskId}/pop-creation").coachedBy("coach2").allowedTo(COACH_OF_CANDIDATE)
                        .request(f -> plan(f, post(f.task(f.candidates().atPopOfCoach2(),
                                UserTask.POP_CREATION, "coach2")
                                + "/pop-creation"))),
                Write.of("POST /tasks/{taskId}/intake-decision").coachedBy("coach2").allowedTo(COACH_OF_CANDIDATE)
                        .request(f -> decision(f.task(f.candidates().atIntakeDecisionOfCoach2(),
                                UserTask.INTAKE_DECISION, "coach2")
                                + "/intake-decision", "CONTINUE")),
                Write.of("POST /tasks/{taskId}/prospecting-review").allowedTo(COACH_OF_CANDIDATE)
                        .request(f -> decision(f.task(f.candidates().inProspecting(),
                                UserTask.PROSPECTING_REVIEW, "coach")
                                + "/prospecting-review", "EXTEND")),
                Write.of("POST /tasks/{taskId}/exit-decision").allowedTo(COACH_OF_CANDIDATE)
                        .request(f -> decision(f.task(f.candidates().invoicing(),
                                UserTask.INVOICING_EXIT_DECISION, "coach")
                                + "/exit-decision", "EXTEND")),
                Write.of("POST /tasks/{taskId}/learning-group-placement").allowedTo(COORDINATOR)
                        .request(f -> post(f.task(f.candidates().awaitingGroup(), UserTask.LEARNING_GROUP_PLACEMENT,
                                "coordinator")
                                + "/learning-group-placement").param("groupId",
                                Long.toString(f.group()))),
                Write.of("POST /tasks/{taskId}/exploration-review").allowedTo(COACH_OF_CANDIDATE)
                        .request(f -> decision(f.task(f.candidates().inExploration(),
                                UserTask.EXPLORATION_REVIEW, "coach")
                                + "/exploration-review", "CONTINUE").param("deliverables[0].kind", "BUSINESS_CARDS")
                                .param("deliverables[0].status", "DONE")),
                Write.of("POST /tasks/{taskId}/limit-warning").allowedTo(COACH_OF_CANDIDATE)
                        .request(f -> post(f.task(f.candidates().nearTheLimit(),
                                UserTask.PRE_INVOICING_LIMIT_WARNING, "coach")
                                + "/limit-warning").param("plan", "De laatste weken gaan naar de eerste klanten")),
                Write.of("POST /tasks/{taskId}/limit-escalation").allowedTo(COORDINATOR)
                        .request(f -> decision(f.task(f.candidates().pastTheLimit(),
                                UserTask.PRE_INVOICING_LIMIT_ESCALATION,
                                "coordinator") + "/limit-escalation", "EXTEND").param("extensionMonths", "1")),
                Write.of("POST /tasks/{taskId}/exit-registration").allowedTo(COACH_OF_CANDIDATE)
                        .request(f -> post(f.task(f.candidates().stopped(), UserTask.EXIT_REGISTRATION, "coach")
                                + "/exit-registration").param("exitType", "STOPPED").param("reason", "Stopt")),
                Write.of("POST /tasks/{taskId}/invoice-approval").allowedTo(COACH_OF_CANDIDATE)
                        .request(f -> post(f.task(f.candidates().invoicing(), UserTask.INVOICE_APPROVAL_COACH, "coach")
                                + "/invoice-approval").param("decision", "APPROVE")),
                Write.of("POST /tasks/{taskId}/invoice-correction [addLines]").coachedBy("coach2")
                        .allowedTo(COACH_OF_CANDIDATE).answers(200)
                        .request(f -> correction(f).param("addLines", "")),
                Write.of("POST /tasks/{taskId}/invoice-correction").coachedBy("coach2").allowedTo(COACH_OF_CANDIDATE)
                        .request(TaskWrites::correction),
                Write.of("POST /tasks/{taskId}/payment-reminder").allowedTo(OFFICE)
                        .request(f -> post(f.task(f.candidates().invoicing(), UserTask.PAYMENT_REMINDER, "office")
                                + "/payment-reminder").param("note", "Gebeld, betaalt deze week")),
                // Computing the statement writes nothing; who may open the task may compute it.
                Write.of("POST /tasks/{taskId}/extra-earnings [preview]").allowedTo(OFFICE, COORDINATOR).answers(200)
                        .request(f -> statement(f).param("preview", "")),
                Write.of("POST /tasks/{taskId}/extra-earnings").allowedTo(OFFICE)
                        .request(TaskWrites::statement),
                // The group's coach (coach leads the matrix's group) registers its attendance.
                Write.of("POST /tasks/{taskId}/session-attendance").allowedTo(COACH_OF_CANDIDATE)
                        .request(f -> {
                            MockHttpServletRequestBuilder request = post(f.attendanceTask("coach")
                                    + "/session-attendance");
                            f.members().forEach(m -> request.param("presence[" + m + "]", "PRESENT"));
                            return request;
                        }),
                Write.of("POST /tasks/{taskId}/aftercare-follow-up").coachedBy("coach2").allowedTo(COACH_OF_CANDIDATE)
                        .request(f -> post(f.task(f.candidates().inAftercareOfCoach2(),
                                UserTask.AFTERCARE_FOLLOW_UP, "coach2")
                                + "/aftercare-follow-up").param("contactedOn", f.today().toString())
                                .param("situation", "SALARIED").param("situationSince", f.today().toString())
                                .param("note", "Werkt graag als boekhoudster")),
                Write.of("POST /tasks/{taskId}/review").allowedTo(COACH_OF_CANDIDATE)
                        .request(f -> decision(f.reviewTask(f.candidates().invoicing(),
                                "coach") + "/review", "APPROVE")));
    }

    private static MockHttpServletRequestBuilder decision(String path, String decision) {
        return post(path).param("decision", decision).param("motivation", "Besproken met de kandidaat");
    }

    private static MockHttpServletRequestBuilder scores(MockHttpServletRequestBuilder request) {
        for (Competency c : Competency.values()) {
            request.param("scores[" + c + "]", "3");
        }
        return request;
    }

    private static MockHttpServletRequestBuilder correction(MatrixFixture f) {
        return lines(post(f.task(f.candidates().correctingOfCoach2(),
                UserTask.INVOICE_CORRECTION, "coach2") + "/invoice-correction")
                .param("customerId", Long.toString(f.customer(MatrixCandidates.CUSTOMER_OF_COACH2)))
                .param("description", "Teksten voor de nieuwe website"));
    }

    private static MockHttpServletRequestBuilder statement(MatrixFixture f) {
        return post(f.task(f.candidates().invoicing(), UserTask.EXTRA_EARNINGS_STATEMENT, "office") + "/extra-earnings")
                .param("month", YearMonth.from(f.today()).minusMonths(1).toString()).param("hours", "20");
    }
}
