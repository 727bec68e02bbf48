package be.actraject.web.mail;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.domain.access.Actor;
import be.actraject.domain.mail.MailAbout;
import be.actraject.domain.notification.NotificationKind;
import be.actraject.domain.notification.NotificationSettings;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Decision;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notifications to colleagues through the outbox, received by a real SMTP server in the test JVM (GreenMail): a task
 * handed over reaches its new holder, an invoice sent back the candidate's coach, each with the link to follow; nothing
 * is queued for whoever turned that kind off or has no e-mail address, and the hand-over goes through all the same.
 *
 * <p>The sender's schedule is set to an hour, so that only the test sends ({@code sendDue}).
 */
@FullStackTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:colleague-mail;DB_CLOSE_DELAY=-1",
        "spring.mail.host=127.0.0.1", "actraject.mail.poll=1h", "actraject.mail.from=traject@ac.test",
        "actraject.mail.base-url=https://traject.ac.test/"})
class ColleagueMailTest {

    static final int SMTP_PORT = freePort();
    static final Actor COACH = Actor.of("coach", Role.COACH);
    static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    TaskService tasks;
    @Autowired
    InvoiceTasks invoiceTasks;
    @Autowired
    NotificationSettings settings;
    @Autowired
    Accounts accounts;
    @Autowired
    OutboxSender sender;

    private GreenMail smtp;

    @BeforeEach
    void startTheServer() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopTheServer() {
        smtp.stop();
    }

    @Test
    void aTaskHandedOverReachesItsNewHolderWithTheNoteAndTheLink() throws Exception {
        TestTrajectory pool = new TestTrajectories(context).candidate("Hanne", "Overdracht").registered();
        String taskId = conversationHeldByCoach(pool);

        handOver(taskId, "coach2", "Kan jij dit gesprek doen? Ik ben met verlof.");
        sender.sendDue(clock.instant());

        List<MimeMessage> arrived = received("karel@example.be");
        assertThat(arrived).hasSize(1);
        MimeMessage mail = arrived.get(0);
        assertThat(mail.getSubject()).isEqualTo("Taak aan jou overgedragen: Individueel gesprek");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("traject@ac.test");
        assertThat(textOf(mail)).contains("Beste Karel Van Acker",
                "Sofie Verstraete heeft de taak", "Individueel gesprek", "Kandidaat: Hanne Overdracht",
                "Kan jij dit gesprek doen? Ik ben met verlof.", "https://traject.ac.test/tasks/" + taskId,
                "https://traject.ac.test/account/notifications");
        assertThat(count("karel@example.be", MailAbout.TASK_HANDED_OVER, pool)).isOne();
    }

    @Test
    void withTheSettingOffAHandOverQueuesNothingAndStillHandsOver() throws Exception {
        TestTrajectory pool = new TestTrajectories(context).candidate("Omer", "Uitgezet").registered();
        String taskId = conversationHeldByCoach(pool);
        settings.choose(EnumSet.of(NotificationKind.INVOICE_SENT_BACK), Actor.of("coach2", Role.COACH));
        try {
            handOver(taskId, "coach2", "Neem jij dit over?");
        } finally {
            settings.choose(EnumSet.allOf(NotificationKind.class), Actor.of("coach2", Role.COACH));
        }

        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("coach2");
        assertThat(count("karel@example.be", MailAbout.TASK_HANDED_OVER, pool)).isZero();
    }

    @Test
    void aColleagueWithoutAnEmailAddressGetsNothingAndTheHandOverGoesThrough() throws Exception {
        accounts.create("coach9", "Zonder", "Adres", null, DemoAccounts.PASSWORD, Role.COACH);
        TestTrajectory pool = new TestTrajectories(context).candidate("Wim", "Adresloos").registered();
        String taskId = conversationHeldByCoach(pool);

        handOver(taskId, "coach9", "Neem jij dit over?");

        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("coach9");
        assertThat(jdbc.queryForObject("select count(*) from mail_message where trajectory_id = ?", Integer.class,
                pool.trajectoryId())).isZero();
    }

    @Test
    void anInvoiceSentBackByTheCoordinatorReachesTheCoachWithTheRemarksAndTheLink() throws Exception {
        TestTrajectory t = new TestTrajectories(context).candidate("Fien", "Terugstuur").coachedBy("coach")
                .inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        long customer = invoicing.business(t, "Drukkerij Terugstuur", "coach");
        long invoiceId = invoicing.submitted(t, customer, "Drukkerij Terugstuur", "320.00", "coach");
        TestTrajectories trajectories = new TestTrajectories(context);
        // The coach approves their own draft: no notification to themselves. A first invoice needs the coordinator too.
        invoiceTasks.completeApproval(trajectories.claim(t, UserTask.INVOICE_APPROVAL_COACH, COACH),
                UserTask.INVOICE_APPROVAL_COACH, Decision.APPROVE, null, COACH);
        invoiceTasks.completeApproval(trajectories.claim(t, UserTask.INVOICE_APPROVAL_COORDINATOR, COORDINATOR),
                UserTask.INVOICE_APPROVAL_COORDINATOR, Decision.SEND_BACK, "Het btw-tarief moet 6 % zijn.",
                COORDINATOR);
        sender.sendDue(clock.instant());

        List<MimeMessage> arrived = received("sofie@example.be").stream()
                .filter(m -> subjectOf(m).contains("Fien Terugstuur")).toList();
        assertThat(arrived).hasSize(1);
        assertThat(arrived.get(0).getSubject()).isEqualTo("Teruggestuurd ter verbetering: factuur van Fien Terugstuur");
        assertThat(textOf(arrived.get(0))).contains("Beste Sofie Verstraete",
                "Mieke De Wilde heeft de factuur van Fien Terugstuur aan Drukkerij Terugstuur",
                "Het btw-tarief moet 6 % zijn.", "https://traject.ac.test/invoices/" + invoiceId);
        assertThat(jdbc.queryForObject("select count(*) from mail_message where invoice_id = ? and about = ?",
                Integer.class, invoiceId, MailAbout.INVOICE_SENT_BACK.name())).isOne();
    }

    @Test
    void theCoachWhoSendsBackTheirOwnDraftIsNotNotified() {
        TestTrajectory t = new TestTrajectories(context).candidate("Stijn", "Zelfterug").coachedBy("coach")
                .inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        long customer = invoicing.business(t, "Garage Zelfterug", "coach");
        long invoiceId = invoicing.submitted(t, customer, "Garage Zelfterug", "120.00", "coach");

        invoiceTasks.completeApproval(new TestTrajectories(context).claim(t, UserTask.INVOICE_APPROVAL_COACH, COACH),
                UserTask.INVOICE_APPROVAL_COACH, Decision.SEND_BACK, "Klant vergeten.", COACH);

        assertThat(jdbc.queryForObject("select count(*) from mail_message where invoice_id = ?", Integer.class,
                invoiceId)).isZero();
    }

    /** The pool candidate's intake conversation, put on {@code coach}'s name as if she had taken it; its id. */
    private String conversationHeldByCoach(TestTrajectory pool) {
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(pool.key())
                .taskDefinitionKey(UserTask.INDIVIDUAL_CONVERSATION.key()).singleResult().getId();
        tasks.setAssignee(taskId, "coach");
        return taskId;
    }

    private void handOver(String taskId, String colleague, String note) throws Exception {
        mvc.perform(post("/tasks/" + taskId + "/hand-over").session(signIn("coach")).with(csrf())
                .param("colleague", colleague).param("note", note)).andExpect(status().is3xxRedirection());
    }

    private int count(String recipient, MailAbout about, TestTrajectory t) {
        return jdbc.queryForObject("select count(*) from mail_message where recipient = ? and about = ?"
                + " and trajectory_id = ?", Integer.class, recipient, about.name(), t.trajectoryId());
    }

    private List<MimeMessage> received(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(recipient);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The text as read, decoded from its transfer encoding (long lines and quotes make it quoted-printable). */
    private static String textOf(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof Multipart parts) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    text.append(parts.getBodyPart(i).getContent());
                }
            }
            return text.toString();
        }
        return (String) content;
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
