package be.actraject.domain.trajectory;

/** What a timeline entry tells. The screens name each kind through the message bundles ({@code timeline.KIND}). */
public enum TimelineKind {
    REGISTERED,
    COACH_ASSIGNED,
    PHASE_ENTERED,
    CONVERSATION_RECORDED,
    PLAN_RECORDED
}
