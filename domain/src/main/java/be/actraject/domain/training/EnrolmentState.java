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

    /** Whether the enrolment takes a seat: every state but a refusal and a withdrawal does. */
    public boolean takesSeat() {
        return this != REFUSED && this != WITHDRAWN;
    }
}
