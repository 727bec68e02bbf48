package be.actraject.domain.audit;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.workflow.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit log: every deployment, migration, parameter change and repair, written in the transaction of the change
 * itself (so a change that rolls back leaves no entry, and no change goes unrecorded) — and every change someone
 * signed in tried and was refused, written on its own since the refused change writes nothing. Administrators and
 * coordinators read it.
 */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 4000;
    private static final int MAX_SUBJECT = 200;

    private final AuditEntryRepository entries;
    private final Clock clock;

    public AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(AuditKind kind, String actor, String subject, String detail, String reference) {
        return record(kind, actor, subject, detail, null, reference);
    }

    /**
     * @param detail what the person typed (a comment, a reason) or what changed; null for none
     * @param reason why, as a code the audit page says in the reader's language; null for none
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(AuditKind kind, String actor, String subject, String detail, AuditReason reason,
                             String reference) {
        String kept = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        return entries.save(new AuditEntry(clock.instant(), actor, kind, subject, kept, reason, reference));
    }

    /**
     * Records a refused change, in a transaction of its own: the change's transaction has rolled back (or never began),
     * and the refusal must be kept all the same.
     *
     * @param actor     the signed-in person's user id
     * @param attempted what they tried, as the request's method and path ({@code POST /candidates/12/stop}); at most
     *                  200 characters are kept
     * @param reason    why it was refused
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry recordRefusal(String actor, String attempted, AuditReason reason) {
        String subject = attempted.length() <= MAX_SUBJECT ? attempted : attempted.substring(0, MAX_SUBJECT);
        return record(AuditKind.WRITE_REFUSED, actor, subject, null, reason, null);
    }

    /** The latest entries first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int count, Actor reader) {
        if (!reader.has(Role.ADMINISTRATOR) && !reader.has(Role.COORDINATOR)) {
            throw new NotPermittedException(reader.userId(), "read the audit log");
        }
        return entries.findAllByOrderByRecordedAtDescIdDesc(PageRequest.of(0, count));
    }

    /**
     * The entries of these kinds that name one reference (a trajectory id, say), the oldest first, in one query. The
     * caller has checked that the reader may see what the reference names: a coach reads the reasons given for her
     * candidate's corrections on the dossier, not the audit log.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> ofReference(Collection<AuditKind> kinds, String reference) {
        return entries.findByKindInAndReferenceOrderByRecordedAtAscIdAsc(kinds, reference);
    }

    /** The entries of one kind by their reference (a deployment id, say), in one query. */
    @Transactional(readOnly = true)
    public Map<String, AuditEntry> byReference(AuditKind kind, Collection<String> references) {
        return references.isEmpty() ? Map.of() : entries.findByKindAndReferenceIn(kind, references).stream()
                .collect(Collectors.toMap(AuditEntry::getReference, Function.identity(), (a, b) -> a));
    }
}
