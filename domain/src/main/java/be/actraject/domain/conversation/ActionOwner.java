package be.actraject.domain.conversation;

/** Who carries out an action point agreed in a conversation. */
public enum ActionOwner {
    CANDIDATE,
    COACH,
    TOGETHER
}
