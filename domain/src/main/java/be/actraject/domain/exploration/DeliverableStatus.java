package be.actraject.domain.exploration;

public enum DeliverableStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    NOT_NEEDED
}
