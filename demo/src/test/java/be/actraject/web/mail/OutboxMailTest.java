package be.actraject.web.mail;

import be.actraject.domain.access.Actor;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.EInvoice;
import be.actraject.domain.invoice.DraftLine;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.invoice.Unit;
import be.actraject.domain.mail.MailMessage;
import be.actraject.domain.mail.MailState;
import be.actraject.domain.mail.Outbox;
import be.actraject.testsupport.PeppolRules;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mail to customers through the outbox, received by a real SMTP server in the test JVM (GreenMail): a message is
 * sent only after the transaction that queued it commits, never after a rollback; a server that is down delays it,
 * and it arrives once when the server is back; what arrives carries the PDF and a valid Peppol UBL.
 *
 * <p>The sender's schedule is set to an hour, so that only the test sends ({@code sendDue}), at moments it chooses.
 */
@FullStackTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:outbox-mail;DB_CLOSE_DELAY=-1",
        "spring.mail.host=127.0.0.1", "actraject.mail.poll=1h", "actraject.mail.from=facturen@ac.test"})
class OutboxMailTest {

    static final int SMTP_PORT = freePort();
    static final Actor COACH = Actor.of("coach", Role.COACH);
    static final Actor OFFICE = Actor.of("office", Role.OFFICE);

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
    Customers customers;
    @Autowired
    Invoices invoices;
    @Autowired
    InvoiceIssuing issuing;
    @Autowired
    Payments payments;
    @Autowired
    Outbox outbox;
    @Autowired
    Cooperative cooperative;
    @Autowired
    OutboxSender sender;
    @Autowired
    PlatformTransactionManager transactions;

    private GreenMail smtp;

    @BeforeEach
    void startTheServer() {
        smtp = server();
        smtp.start();
    }

    @AfterEach
    void stopTheServer() {
        smtp.stop();
    }

    @Test
    void anIssuedInvoiceArrivesAfterTheCommitWithItsPdfAndAValidUbl() throws Exception {
        long invoiceId = submitted("Ilse", "Commit", "boekhouding@bakkerij-commit.test");

        inTransaction(() -> {
            issuing.issue(invoiceId);
            // The scheduler's thread, while the issuing transaction is still open, finds nothing to send.
            assertThat(CompletableFuture.supplyAsync(() -> sender.sendDue(clock.instant())).join())
                    .as("sent before the commit").isZero();
        });
        assertThat(received("boekhouding@bakkerij-commit.test")).isEmpty();
        String number = invoices.invoice(invoiceId, OFFICE).getNumber();
        MailMessage queued = messageAbout(invoiceId);
        assertThat(queued.getState()).isEqualTo(MailState.QUEUED);

        sender.sendDue(clock.instant());

        List<MimeMessage> arrived = received("boekhouding@bakkerij-commit.test");
        assertThat(arrived).hasSize(1);
        MimeMessage mail = arrived.get(0);
        assertThat(mail.getSubject()).isEqualTo("Factuur " + number + " van " + cooperative.getName());
        assertThat(mail.getFrom()[0].toString()).isEqualTo("facturen@ac.test");
        Map<String, byte[]> attachments = attachmentsOf(mail);
        assertThat(attachments).containsOnlyKeys(number + ".pdf", number + ".xml");
        assertThat(new String(attachments.get(number + ".pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PeppolRules.errorsIn(attachments.get(number + ".xml"), EInvoice.Kind.INVOICE)).isEmpty();
        assertThat(new String(attachments.get(number + ".xml"), StandardCharsets.UTF_8))
                .contains("<cbc:ID>" + number + "</cbc:ID>");
        assertThat(textOf(mail)).contains("Beste Bakkerij Commit", "factuur " + number, "+++");
        assertThat(messageAbout(invoiceId).getState()).isEqualTo(MailState.SENT);

        String page = page("/invoices/" + invoiceId, "office");
        assertThat(page).contains("Per e-mail verstuurd naar boekhouding@bakkerij-commit.test");
    }

    @Test
    void aRolledBackIssueLeavesNoMessageAndSendsNothing() {
        long invoiceId = submitted("Rik", "Terug", "facturen@terug.test");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            issuing.issue(invoiceId);
            status.setRollbackOnly();
        });
        sender.sendDue(clock.instant().plus(Duration.ofDays(1)));

        assertThat(jdbc.queryForObject("select count(*) from mail_message where invoice_id = ?", Integer.class,
                invoiceId)).isZero();
        assertThat(received("facturen@terug.test")).isEmpty();
    }

    @Test
    void withTheServerDownTheMessageWaitsAndArrivesOnceWhenTheServerIsBack() {
        long invoiceId = submitted("Dirk", "Plat", "facturen@plat.test");
        smtp.stop();
        inTransaction(() -> issuing.issue(invoiceId));
        // Whole seconds, as the database keeps them to the microsecond.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);

        assertThat(sender.sendDue(now)).isZero();
        MailMessage waiting = messageAbout(invoiceId);
        assertThat(waiting.getState()).isEqualTo(MailState.QUEUED);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getLastError()).isNotBlank();
        assertThat(waiting.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));

        assertThat(sender.sendDue(now.plusSeconds(30))).as("not due before its back-off").isZero();
        assertThat(sender.sendDue(now.plusSeconds(61))).as("still down").isZero();
        assertThat(messageAbout(invoiceId).getNextAttemptAt()).as("twice the wait after the second failure")
                .isEqualTo(now.plusSeconds(61).plus(Duration.ofMinutes(2)));

        // The server is back, and the application restarted meanwhile: a new sender knows only what the outbox holds.
        smtp = server();
        smtp.start();
        OutboxSender restarted = new OutboxSender(outbox, context.getBeanProvider(JavaMailSender.class),
                context.getBean(MailDocuments.class), context.getBean(MailSettings.class), clock);
        assertThat(restarted.sendDue(now.plusSeconds(61 + 121))).isGreaterThanOrEqualTo(1);
        restarted.sendDue(now.plus(Duration.ofHours(3)));
        sender.sendDue(now.plus(Duration.ofDays(2)));

        assertThat(received("facturen@plat.test")).hasSize(1);
        MailMessage sent = messageAbout(invoiceId);
        assertThat(sent.getState()).isEqualTo(MailState.SENT);
        assertThat(sent.getAttempts()).isEqualTo(3);
    }

    /**
     * The tester's minor 12: a customer's address of before the form refused it (çağrı@örnek.test) was retried for
     * ever with "Broken pipe"; the sender now gives it up at the first attempt and says why. A domain in another
     * script is sent to in its ASCII form.
     */
    @Test
    void anAddressPlainSmtpCannotCarryIsGivenUpAtOnceAndAnIdnDomainIsSentInAscii() throws Exception {
        long unsendable = submitted("Çağrı", "Yılmaz", "yilmaz@voorlopig.test");
        long idn = submitted("Ömer", "Örnek", "facturen@örnek.test");
        jdbc.update("update customer set email = 'çağrı@örnek.test' where id = (select customer_id from invoice"
                + " where id = ?)", unsendable);
        inTransaction(() -> {
            issuing.issue(unsendable);
            issuing.issue(idn);
        });

        sender.sendDue(clock.instant());

        MailMessage givenUp = messageAbout(unsendable);
        assertThat(givenUp.getState()).isEqualTo(MailState.FAILED);
        assertThat(givenUp.getAttempts()).isEqualTo(1);
        assertThat(givenUp.getLastError()).contains("not ASCII");
        assertThat(received("facturen@xn--rnek-4qa.test")).hasSize(1);
        assertThat(messageAbout(idn).getState()).isEqualTo(MailState.SENT);
    }

    @Test
    void aMessageTakenByOneSenderIsNotTakenByAnother() {
        long invoiceId = submitted("Tom", "Twee", "facturen@twee.test");
        inTransaction(() -> issuing.issue(invoiceId));
        long id = messageAbout(invoiceId).getId();
        Instant now = clock.instant();

        assertThat(outbox.claim(id, now, Duration.ofMinutes(5))).isPresent();
        assertThat(outbox.claim(id, now, Duration.ofMinutes(5))).as("the second sender").isEmpty();
        assertThat(outbox.due(now.plusSeconds(60), 1000)).doesNotContain(id);
        assertThat(outbox.due(now.plus(Duration.ofMinutes(6)), 1000)).as("after the lease").contains(id);
    }

    @Test
    void aCustomerWithoutAnEmailAddressGetsNoMailAndTheInvoicePageSaysWhy() throws Exception {
        long invoiceId = submitted("Nele", "Zonder", null);

        inTransaction(() -> issuing.issue(invoiceId));

        assertThat(jdbc.queryForObject("select count(*) from mail_message where invoice_id = ?", Integer.class,
                invoiceId)).isZero();
        assertThat(page("/invoices/" + invoiceId, "office"))
                .contains("Niet per e-mail verstuurd: klant Bakkerij Zonder heeft geen e-mailadres.");
    }

    @Test
    void aReminderIsMailedWithTheOpenAmountAndTheInvoice() throws Exception {
        long invoiceId = submitted("Mira", "Herinner", "facturen@herinner.test");
        inTransaction(() -> issuing.issue(invoiceId));
        sender.sendDue(clock.instant());

        inTransaction(() -> payments.reminded(invoiceId, "gebeld", OFFICE));
        sender.sendDue(clock.instant());

        List<MimeMessage> arrived = received("facturen@herinner.test");
        assertThat(arrived).hasSize(2);
        MimeMessage reminder = arrived.get(1);
        String number = invoices.invoice(invoiceId, OFFICE).getNumber();
        assertThat(reminder.getSubject()).startsWith("Herinnering: factuur " + number);
        assertThat(textOf(reminder)).contains("€ 54,45");
        assertThat(attachmentsOf(reminder)).containsOnlyKeys(number + ".pdf");
    }

    @Test
    void officeReadsTheOutboxAndSendsAFailedMessageAgainButACoachMayNot() throws Exception {
        long invoiceId = submitted("Olga", "Box", "facturen@box.test");
        inTransaction(() -> issuing.issue(invoiceId));
        long id = messageAbout(invoiceId).getId();
        jdbc.update("update mail_message set state = 'FAILED', attempts = 20, last_error = 'weg' where id = ?", id);

        assertThat(page("/outbox?state=FAILED&recipient=BOX.TEST", "office")).contains("facturen@box.test");
        assertThat(page("/outbox?state=SENT&recipient=box.test", "office")).doesNotContain("facturen@box.test");
        assertThat(page("/outbox/" + id, "admin")).contains("Bijlage: ", ".pdf", "weg");
        mvc.perform(get("/outbox").session(signIn("coach"))).andExpect(status().isForbidden());
        mvc.perform(post("/outbox/" + id + "/send-now").with(csrf()).session(signIn("coordinator")))
                .andExpect(status().isForbidden());

        mvc.perform(post("/outbox/" + id + "/send-now").with(csrf()).session(signIn("office")))
                .andExpect(status().is3xxRedirection());
        assertThat(messageAbout(invoiceId).getState()).isEqualTo(MailState.QUEUED);
        sender.sendDue(clock.instant());
        assertThat(received("facturen@box.test")).hasSize(1);

        // The tester's minor 8: refused rightly, but it landed on the worklist rather than on the message.
        mvc.perform(post("/outbox/" + id + "/send-now").with(csrf()).session(signIn("office")))
                .andExpect(redirectedUrl("/outbox/" + id));
        assertThat(messageAbout(invoiceId).getState()).as("a sent message is not sent again")
                .isEqualTo(MailState.SENT);
    }

    /**
     * A bakery of the candidate's (a Belgian business, so on Peppol) with the e-mail address, and an invoice of
     * 45.00 + 21 % for it, submitted.
     */
    private long submitted(String firstName, String lastName, String email) {
        long trajectory = new TestTrajectories(context).candidate(firstName, lastName).coachedBy("coach")
                .inInvoicing().trajectoryId();
        long customerId = customers.add(trajectory, new CustomerDetails(CustomerKind.BELGIAN_BUSINESS,
                "Bakkerij " + lastName, "Nijverheidsstraat 5", "2800", "Mechelen", "BE", "0403.170.701", null, null,
                email), COACH).getId();
        return invoices.submit(trajectory, new InvoiceDraft("Bakkerij " + lastName, "Herstelling", customerId, null,
                List.of(new DraftLine("Herstelling", BigDecimal.ONE, Unit.HOUR, new BigDecimal("45.00"), null,
                        "21"))), COACH).getId();
    }

    private MailMessage messageAbout(long invoiceId) {
        Long id = jdbc.queryForObject("select max(id) from mail_message where invoice_id = ?", Long.class, invoiceId);
        return outbox.message(id, OFFICE);
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private List<MimeMessage> received(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(recipient);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static Map<String, byte[]> attachmentsOf(MimeMessage mail) throws Exception {
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
            }
        }
        return attachments;
    }

    private static String textOf(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof String text) {
            return text;
        }
        Multipart parts = (Multipart) content;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            text.append(textOf(parts.getBodyPart(i)));
        }
        return text.toString();
    }

    private static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart inner) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < inner.getCount(); i++) {
                text.append(textOf(inner.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).session(signIn(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    private static GreenMail server() {
        return new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
