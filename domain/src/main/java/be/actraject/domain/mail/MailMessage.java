package be.actraject.domain.mail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One message in the outbox, with every attempt to send it counted and the last failure kept. */
@Entity
public class MailMessage {

    /** The longest failure text kept: enough for an SMTP server's answer. */
    static final int ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private String subject;
    private String body;
    @Enumerated(EnumType.STRING)
    private MailState state;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;
    @Enumerated(EnumType.STRING)
    private MailAbout about;
    private Long invoiceId;
    private Long trajectoryId;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "mail_attachment", joinColumns = @JoinColumn(name = "message_id"))
    @OrderColumn(name = "position_no")
    private List<MailAttachment> attachments = new ArrayList<>();

    protected MailMessage() {
    }

    MailMessage(OutgoingMail mail, Instant now) {
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.body = mail.body();
        this.about = mail.about();
        this.invoiceId = mail.invoiceId();
        this.trajectoryId = mail.trajectoryId();
        this.attachments = new ArrayList<>(mail.attachments());
        this.state = MailState.QUEUED;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant at) {
        attempts++;
        state = MailState.SENT;
        sentAt = at;
        lastError = null;
    }

    /** A failed attempt: tried again after the schedule's wait, or given up when the schedule says so. */
    void failed(String error, Instant now, RetrySchedule schedule) {
        attempts++;
        lastError = error == null ? null : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        if (schedule.givesUpAfter(attempts)) {
            state = MailState.FAILED;
        } else {
            nextAttemptAt = now.plus(schedule.waitAfter(attempts));
        }
    }

    /**
     * A failed attempt that no later attempt can mend (the server refused the address for good, or the address cannot
     * be written for SMTP): given up at once rather than retried for days; "send now" can still try again once the
     * address is corrected.
     */
    void failedForGood(String error) {
        attempts++;
        lastError = error == null ? null : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        state = MailState.FAILED;
    }

    /** Due at once, also after it was given up: someone asked to send it now. */
    void dueNow(Instant now) {
        if (state == MailState.SENT) {
            throw new MailAlreadySentException(id);
        }
        state = MailState.QUEUED;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public MailAbout getAbout() {
        return about;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public List<MailAttachment> getAttachments() {
        return List.copyOf(attachments);
    }
}
