package be.actraject.web.mail;

import be.actraject.bpmn.identity.Account;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.TaskHandedOver;
import be.actraject.domain.access.Actor;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceSentBack;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.mail.MailAbout;
import be.actraject.domain.mail.Outbox;
import be.actraject.domain.mail.OutgoingMail;
import be.actraject.domain.notification.NotificationKind;
import be.actraject.domain.notification.NotificationSettings;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.web.number.TypedNumbers;
import be.actraject.web.system.WebConfiguration;
import be.actraject.workflow.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Notifications to colleagues: a task handed over to them, an invoice of a candidate they coach sent back for
 * correction. Queued in the transaction of the hand-over or the sending back (the events are published there and these
 * listeners run in it), so that a rolled-back change tells nobody. Nothing is queued for someone who turned that kind
 * off ({@link NotificationSettings}), who has no e-mail address, or who made the change themselves.
 */
@Component
class ColleagueMails {

    /**
     * The recipient's language: accounts record none, so the cooperative's own, Dutch. The English texts exist in
     * {@code i18n/notification_en.properties} for when they do.
     */
    private static final Locale LANGUAGE = WebConfiguration.DUTCH_BELGIUM;
    /** The invoice is read to word the mail, as office staff would; no person acts. */
    private static final Actor COMPOSER = Actor.of(TrajectoryProgress.SYSTEM_ACTOR, Role.OFFICE);

    private final Accounts accounts;
    private final NotificationSettings settings;
    private final Caseload caseload;
    private final Invoices invoices;
    private final Outbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    ColleagueMails(Accounts accounts, NotificationSettings settings, Caseload caseload, Invoices invoices,
                   Outbox outbox, MessageSource messages, MailSettings mail) {
        this.accounts = accounts;
        this.settings = settings;
        this.caseload = caseload;
        this.invoices = invoices;
        this.outbox = outbox;
        this.messages = messages;
        String base = mail.baseUrl() == null || mail.baseUrl().isBlank() ? "http://localhost:8080" : mail.baseUrl();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @EventListener
    void handedOver(TaskHandedOver event) {
        Optional<String> to = recipient(event.receiver(), event.handedOverBy(), NotificationKind.TASK_HANDED_OVER);
        if (to.isEmpty()) {
            return;
        }
        String task = messages.getMessage("task." + event.taskKey() + ".name", null, event.taskKey(), LANGUAGE);
        String candidate = Optional.ofNullable(event.trajectoryId()).map(this::candidateOf)
                .map(name -> text("notification.handedOver.candidate", name)).orElse("");
        String note = event.note() == null || event.note().isBlank() ? ""
                : text("notification.handedOver.note", event.note());
        String body = text("notification.handedOver.body", nameOf(event.receiver()), nameOf(event.handedOverBy()),
                task, candidate, note, baseUrl + "/tasks/" + event.taskId(), settingsLink());
        outbox.queue(new OutgoingMail(to.get(), text("notification.handedOver.subject", task), body,
                MailAbout.TASK_HANDED_OVER, null, event.trajectoryId(), List.of()));
    }

    /**
     * The person concerned is the candidate's coach: the correction task goes to them ({@code caseloadTaskListener}
     * on {@code Task_InvoiceCorrection}). A candidate without a coach has their tasks in the coaches' pool; then
     * whoever drafted the invoice is told.
     */
    @EventListener
    void sentBack(InvoiceSentBack event) {
        Invoice invoice = invoices.invoice(event.invoiceId(), COMPOSER);
        String concerned = caseload.coachOf(event.trajectoryId()).orElse(invoice.getCreatedBy());
        Optional<String> to = concerned == null ? Optional.empty()
                : recipient(concerned, event.sentBackBy(), NotificationKind.INVOICE_SENT_BACK);
        if (to.isEmpty()) {
            return;
        }
        String candidate = candidateOf(event.trajectoryId());
        String kind = text(invoice.isCreditNote() ? "notification.sentBack.creditNote" : "notification.sentBack.invoice");
        String body = text("notification.sentBack.body", nameOf(concerned), nameOf(event.sentBackBy()), kind,
                candidate, invoice.getCustomerName(), TypedNumbers.euro(invoice.total(), LANGUAGE),
                event.remarks(), baseUrl + "/invoices/" + invoice.getId(), settingsLink());
        outbox.queue(new OutgoingMail(to.get(), text("notification.sentBack.subject", kind, candidate), body,
                MailAbout.INVOICE_SENT_BACK, invoice.getId(), event.trajectoryId(), List.of()));
    }

    /** The address to notify {@code userId} at, unless they made the change, turned this kind off or have none. */
    private Optional<String> recipient(String userId, String actor, NotificationKind kind) {
        if (userId.equals(actor) || !settings.wants(userId, kind)) {
            return Optional.empty();
        }
        return accounts.emailOf(userId);
    }

    private String candidateOf(long trajectoryId) {
        Trajectory trajectory = caseload.byIds(List.of(trajectoryId)).get(trajectoryId);
        return trajectory == null ? "" : trajectory.getCandidate().fullName();
    }

    private String nameOf(String userId) {
        return accounts.find(userId).map(Account::displayName).orElse(userId);
    }

    private String settingsLink() {
        return baseUrl + "/account/notifications";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LANGUAGE);
    }
}
