package be.actraject.domain.conversation;

/** Where an action point stands: open until a later conversation reviews it as done or dropped. */
public enum ActionPointStatus {
    OPEN,
    DONE,
    DROPPED
}
