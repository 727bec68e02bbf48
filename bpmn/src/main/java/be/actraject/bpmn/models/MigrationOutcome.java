package be.actraject.bpmn.models;

import be.actraject.domain.audit.AuditReason;

import java.util.List;

/**
 * What a migration did: each instance moved with what it did to its timers and tasks, or why it failed; those the
 * plan could not move. After a restart only the audit log's record is left ({@link #recorded}).
 *
 * @param id       the migration's id, the audit entry's reference
 * @param source   the version moved from; null for an outcome read back from the audit log
 * @param target   the version moved to; null likewise
 * @param moved    one entry per instance tried, in order
 * @param left     the business keys of the instances the plan could not move
 * @param recorded the audit log's record ({@code AuditReason.MIGRATED} arguments), for an outcome no longer held
 *                 in full; null otherwise
 */
public record MigrationOutcome(String id, ModelVersion source, ModelVersion target, List<Moved> moved,
                              List<String> left, List<String> recorded) {

    /** One instance: its business key (the trajectory), what moving it did, and the engine's error if it failed. */
    public record Moved(String businessKey, MigrationEffect effect, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    public MigrationOutcome(String id, ModelVersion source, ModelVersion target, List<Moved> moved,
                            List<String> left) {
        this(id, source, target, List.copyOf(moved), List.copyOf(left), null);
    }

    /** An outcome known only by the audit log's record. */
    static MigrationOutcome recorded(String id, List<String> arguments) {
        return new MigrationOutcome(id, null, null, List.of(), List.of(), List.copyOf(arguments));
    }

    public long movedCount() {
        return moved.stream().filter(m -> !m.failed()).count();
    }

    public long failedCount() {
        return moved.stream().filter(Moved::failed).count();
    }

    public long suppressedCount() {
        return moved.stream().mapToLong(m -> m.effect().suppressed().size()).sum();
    }

    /** What the audit log keeps, as a code and its figures: its page says it in the reader's language. */
    AuditReason auditReason() {
        return new AuditReason(AuditReason.MIGRATED, List.of(
                Integer.toString(source.version()), Integer.toString(target.version()), Long.toString(movedCount()),
                Long.toString(failedCount()), Long.toString(suppressedCount()), Integer.toString(left.size()),
                shortened(String.join(", ", left))));
    }

    /** The arguments' column holds 2000 characters: a long list of keys is cut, its count stays whole. */
    private static String shortened(String keys) {
        return keys.length() <= 1500 ? keys : keys.substring(0, 1500) + " …";
    }
}
