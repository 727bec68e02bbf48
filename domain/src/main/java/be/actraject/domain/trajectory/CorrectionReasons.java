package be.actraject.domain.trajectory;

import be.actraject.domain.audit.AuditEntry;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reason a coordinator gave for each correction in a dossier's timeline — a change of coach, a corrected date of
 * entry — so that the coaches read why beside what changed. The audit log keeps the reason (up to
 * {@link CoachChanges#MAX_REASON} characters, more than a timeline line holds); both are written in one transaction
 * by the correction, so the n-th correction of a kind in the timeline is the n-th audit entry of that kind naming the
 * trajectory.
 */
@Service
public class CorrectionReasons {

    private static final Map<TimelineKind, AuditKind> AUDITED_AS = Map.of(
            TimelineKind.COACH_CHANGED, AuditKind.COACH_CHANGED,
            TimelineKind.DATE_OF_ENTRY_CORRECTED, AuditKind.DATE_OF_ENTRY_CORRECTED,
            TimelineKind.TRAINING_ATTENDANCE_UNDONE, AuditKind.TRAINING_ATTENDANCE_CORRECTED);

    private final AuditLog audit;

    public CorrectionReasons(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * @param dossier a dossier as {@link Caseload#dossier} gave it, so one its reader may see
     * @return the reasons by timeline entry id; an entry without a reason is absent
     */
    @Transactional(readOnly = true)
    public Map<Long, String> of(Dossier dossier) {
        Map<Long, String> reasons = new HashMap<>();
        if (dossier.current().isEmpty()
                || dossier.timeline().stream().noneMatch(e -> AUDITED_AS.containsKey(e.getKind()))) {
            return reasons;
        }
        Map<AuditKind, Deque<AuditEntry>> given = new EnumMap<>(AuditKind.class);
        for (AuditEntry entry : audit.ofReference(AUDITED_AS.values(),
                Long.toString(dossier.current().get().getId()))) {
            given.computeIfAbsent(entry.getKind(), k -> new ArrayDeque<>()).add(entry);
        }
        // The timeline comes newest first; the audit entries oldest first.
        List<TimelineEntry> oldestFirst = new ArrayList<>(dossier.timeline());
        Collections.reverse(oldestFirst);
        for (TimelineEntry line : oldestFirst) {
            AuditKind kind = AUDITED_AS.get(line.getKind());
            Deque<AuditEntry> left = kind == null ? null : given.get(kind);
            if (left != null && !left.isEmpty()) {
                String reason = left.poll().getDetail();
                if (reason != null && !reason.isBlank()) {
                    reasons.put(line.getId(), reason);
                }
            }
        }
        return reasons;
    }
}
