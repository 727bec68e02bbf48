package be.actraject.domain.mail;

/** Where a message stands: waiting to be sent (again), sent, or given up after every attempt failed. */
public enum MailState {
    QUEUED,
    SENT,
    FAILED
}
