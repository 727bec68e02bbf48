package be.actraject.domain.conversation;

/** How the conversation took place. */
public enum ConversationKind {
    IN_PERSON,
    PHONE,
    VIDEO
}
