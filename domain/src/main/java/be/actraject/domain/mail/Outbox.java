package be.actraject.domain.mail;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.workflow.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outbox: messages are queued in the transaction of the change they tell about, and a sender takes the due ones,
 * one at a time, each attempt in a transaction of its own ({@link #claim}, then {@link #sent} or {@link #failed}).
 *
 * <p>Delivered at most once as far as the sender can know: a message is marked sent right after the mail server
 * accepted it. The one case of a duplicate is a crash (or a lost database) between the server's acceptance and that
 * mark: the claim's lease then runs out and the message is sent again. Nothing is ever lost: a message stays until
 * it is sent, and one given up (FAILED) is kept, to be sent again from the outbox page.
 *
 * <p>Office staff and administrators read the outbox (it holds what went to customers about every candidate).
 */
@Service
public class Outbox {

    private final MailMessageRepository messages;
    private final Clock clock;
    private final RetrySchedule schedule;

    public Outbox(MailMessageRepository messages, Clock clock, Optional<RetrySchedule> schedule) {
        this.messages = messages;
        this.clock = clock;
        this.schedule = schedule.orElse(RetrySchedule.DEFAULT);
    }

    /** Queues a message in the caller's transaction, which must exist: the message commits or rolls back with it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public MailMessage queue(OutgoingMail mail) {
        return messages.save(new MailMessage(mail, clock.instant()));
    }

    /** The ids of the queued messages due at {@code now}, the longest waiting first, at most {@code max}. */
    @Transactional(readOnly = true)
    public List<Long> due(Instant now, int max) {
        return messages.dueIds(now, PageRequest.of(0, max));
    }

    /**
     * Takes a due message for one attempt, in its own transaction, for {@code lease}: long enough for any send.
     *
     * @return the message to send, with its attachments, or empty when it is not due any more (sent, or taken by
     * another sender meanwhile)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<MailMessage> claim(long id, Instant now, Duration lease) {
        if (messages.claim(id, now, now.plus(lease)) != 1) {
            return Optional.empty();
        }
        MailMessage message = messages.findById(id).orElseThrow(() -> new MailNotFoundException(id));
        message.getAttachments(); // read now: the sender uses them after this transaction
        return Optional.of(message);
    }

    /** The mail server accepted the message: marked at once, in its own transaction (see the class comment). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void sent(long id, Instant at) {
        messages.findById(id).orElseThrow(() -> new MailNotFoundException(id)).sent(at);
    }

    /** The attempt failed: the message waits by the retry schedule, or is given up after its last attempt. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(long id, String error, Instant now) {
        messages.findById(id).orElseThrow(() -> new MailNotFoundException(id)).failed(error, now, schedule);
    }

    /** The attempt failed in a way no retry mends: the message is given up at once (the outbox page says why). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failedForGood(long id, String error) {
        messages.findById(id).orElseThrow(() -> new MailNotFoundException(id)).failedForGood(error);
    }

    /**
     * Makes a queued or given-up message due now, at someone's request (the server is back, the address corrected).
     *
     * @throws MailAlreadySentException for a message that was sent
     */
    @Transactional
    public MailMessage sendNow(long id, Actor actor) {
        MailMessage message = message(id, actor);
        message.dueNow(clock.instant());
        return message;
    }

    /**
     * The messages, the newest first, of a state and subject when given, whose recipient contains the given text.
     */
    @Transactional(readOnly = true)
    public Page<MailMessage> messages(MailState state, MailAbout about, String recipient, Pageable page,
                                      Actor actor) {
        readerOnly(actor);
        // The text as typed, not as a pattern: its own % and _ are escaped.
        String like = recipient == null || recipient.isBlank() ? null : "%" + recipient.strip()
                .toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return messages.find(state, about, like, page);
    }

    /** One message with its attachments. */
    @Transactional(readOnly = true)
    public MailMessage message(long id, Actor actor) {
        readerOnly(actor);
        MailMessage message = messages.findById(id).orElseThrow(() -> new MailNotFoundException(id));
        message.getAttachments();
        return message;
    }

    /**
     * The last message about an issued invoice or credit note, if one was queued: what its page says about its mail.
     * The caller has checked that the actor sees the invoice.
     */
    @Transactional(readOnly = true)
    public Optional<MailMessage> lastAbout(long invoiceId, MailAbout about) {
        return messages.findFirstByInvoiceIdAndAboutOrderByIdDesc(invoiceId, about);
    }

    private static void readerOnly(Actor actor) {
        if (!actor.has(Role.OFFICE) && !actor.has(Role.ADMINISTRATOR)) {
            throw new NotPermittedException(actor.userId(), "read the outbox");
        }
    }
}
