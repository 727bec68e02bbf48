package be.actraject.domain.training;

/**
 * Where an enrolment stands: requested, then agreed or refused by a coordinator (a free module is agreed when it is
 * requested), then attended or absent, and an attended module completed with its certificate.
 */
public enum EnrolmentState {
    REQUESTED,
    AGREED,
    REFUSED,
    ATTENDED,
    ABSENT,
    COMPLETED,
    /** Still requested or agreed when the trajectory ended: the candidate will not come, so the seat is free again. */
    WITHDRAWN;

    /**
     * Whether the enrolment takes a seat: every state but a refusal, a withdrawal and an absence does. An absent
     * candidate did not sit in it: for a module on demand the seat goes to the next candidate, and for a dated
     * moment, which is past by then, the coordinator's list counts only those who came or are still expected.
     */
    public boolean takesSeat() {
        return this != REFUSED && this != WITHDRAWN && this != ABSENT;
    }
}
