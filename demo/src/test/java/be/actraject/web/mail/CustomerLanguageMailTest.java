package be.actraject.web.mail;

import be.actraject.domain.access.Actor;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.CustomerLanguage;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.invoice.DraftLine;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.invoice.Unit;
import be.actraject.domain.mail.AttachmentKind;
import be.actraject.domain.mail.MailAttachment;
import be.actraject.domain.mail.MailMessage;
import be.actraject.domain.mail.Outbox;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.pdf.PdfText;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: an issued invoice, a credit note and a reminder reach the customer in its language — the mail's subject
 * and text, and the PDF attached — with the amounts in that language's notation; a Dutch customer's are as before.
 * The mails are only queued here (the sender's schedule is an hour): what they say is what is tested.
 */
@FullStackTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:customer-language;DB_CLOSE_DELAY=-1",
        "actraject.mail.poll=1h"})
class CustomerLanguageMailTest {

    static final Actor COACH = Actor.of("coach", Role.COACH);
    static final Actor OFFICE = Actor.of("office", Role.OFFICE);

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
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
    MailDocuments documents;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aFrenchSpeakingCustomerGetsItsInvoiceAndReminderInBelgianFrench() {
        long invoiceId = issued("Lambert", "compta@lambert.test", CustomerLanguage.FR);
        String number = invoices.invoice(invoiceId, OFFICE).getNumber();

        MailMessage mail = messageAbout(invoiceId);

        // The second tester: "de Activiteitencoöperatie"; French elides before a vowel.
        assertThat(cooperative.getName()).startsWith("A");
        assertThat(mail.getSubject()).isEqualTo("Facture " + number + " d'" + cooperative.getName());
        assertThat(mail.getBody()).contains("À l'attention de Boulangerie Lambert", "Madame, Monsieur,",
                "la facture " + number + " d'" + cooperative.getName() + ",", "d'un montant de 1 210,00 €", "communication structurée +++",
                "Avec nos salutations distinguées").doesNotContain("Beste", "Factuur");
        assertThat(pdfText(invoiceId)).doesNotContain("DATE DE FACTURE").contains("Facture", "DATE", "ÉCHÉANCE", "Total hors TVA",
                "1 000,00", "Total TVA", "210,00", "À payer", "EUR 1 210,00", "communication structurée")
                .doesNotContain("Factuur", "Te betalen");

        new TransactionTemplate(transactions).executeWithoutResult(s -> payments.reminded(invoiceId, "", OFFICE));

        MailMessage reminder = messageAbout(invoiceId);
        assertThat(reminder.getSubject()).isEqualTo("Rappel : facture " + number + " d'" + cooperative.getName());
        assertThat(reminder.getBody()).contains("n'a pas encore été entièrement payée", "il reste 1 210,00 €");
    }

    @Test
    void anEnglishSpeakingCustomerGetsItsInvoiceInEnglishAndADutchOneAsBefore() {
        long english = issued("Smith", "accounts@smith.test", CustomerLanguage.EN);
        long dutch = issued("Peeters", "boekhouding@peeters.test", CustomerLanguage.NL);

        MailMessage inEnglish = messageAbout(english);
        MailMessage inDutch = messageAbout(dutch);

        assertThat(inEnglish.getSubject()).startsWith("Invoice ");
        assertThat(inEnglish.getBody()).contains("Dear Boulangerie Smith", "€1,210.00", "structured communication");
        assertThat(pdfText(english)).contains("Invoice", "Total excl. VAT", "EUR 1,210.00").doesNotContain("Factuur");
        assertThat(inDutch.getSubject()).startsWith("Factuur ");
        assertThat(inDutch.getBody()).contains("Beste Boulangerie Peeters", "€ 1.210,00");
        assertThat(pdfText(dutch)).contains("Factuur", "Totaal excl. btw", "EUR 1.210,00");
    }

    /** A Belgian business with the language given, and an invoice of 1,000.00 + 21 % for it, issued. */
    private long issued(String name, String email, CustomerLanguage language) {
        long trajectory = new TestTrajectories(context).candidate("Anna", name).coachedBy("coach")
                .inInvoicing().trajectoryId();
        long customerId = customers.add(trajectory, new CustomerDetails(CustomerKind.BELGIAN_BUSINESS,
                "Boulangerie " + name, "Rue Haute 4", "7700", "Mouscron", "BE", "0403.170.701", null, null, email,
                true, language), COACH).getId();
        long invoiceId = invoices.submit(trajectory, new InvoiceDraft("Boulangerie " + name, "Site web",
                customerId, null, List.of(new DraftLine("Site web", BigDecimal.ONE, Unit.DAY,
                        new BigDecimal("1000.00"), null, "21"))), COACH).getId();
        new TransactionTemplate(transactions).executeWithoutResult(s -> issuing.issue(invoiceId));
        return invoiceId;
    }

    private MailMessage messageAbout(long invoiceId) {
        Long id = jdbc.queryForObject("select max(id) from mail_message where invoice_id = ?", Long.class, invoiceId);
        return outbox.message(id, OFFICE);
    }

    /** The PDF as the mail attaches it, its no-break spaces (1 210,00) read as spaces. */
    private String pdfText(long invoiceId) {
        byte[] pdf = documents.content(new MailAttachment(AttachmentKind.INVOICE_PDF, invoiceId, "invoice.pdf"));
        return PdfText.of(pdf).text().replace('\u00A0', ' ');
    }
}
