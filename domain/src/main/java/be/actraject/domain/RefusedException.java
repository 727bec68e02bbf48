package be.actraject.domain;

import java.util.Arrays;

/**
 * A change the rules refuse: nothing was written, and the user is told why in their own language. The refusal
 * carries the message key (and its arguments) that says so, so the web needs no mapping per exception: a controller
 * that can point at a field catches the subtype it turns into a field error; every other refusal is answered once,
 * by the web's exception handler, with the message above the page the user came from.
 *
 * <p>Not for what does not exist ({@link NotFoundException}, 404) nor for what is not the user's to do (the access
 * exceptions in {@link be.actraject.domain.access}, 403).
 */
public abstract class RefusedException extends RuntimeException {

    private final String messageKey;
    private final Object[] messageArguments;

    /**
     * @param messageKey       key in the message bundles ({@code messages*.properties}) of the sentence shown
     * @param logMessage       what was refused and why, for the log; never shown to the user
     * @param messageArguments the values the sentence names ({@code {0}}, {@code {1}}, …), already formatted or
     *                         formattable by {@link java.text.MessageFormat}
     */
    protected RefusedException(String messageKey, String logMessage, Object... messageArguments) {
        super(logMessage);
        this.messageKey = messageKey;
        this.messageArguments = messageArguments.clone();
    }

    /** The bundle key of the sentence that tells the user why; never null. */
    public String messageKey() {
        return messageKey;
    }

    /** The sentence's arguments, a copy; empty when it has none. */
    public Object[] messageArguments() {
        return Arrays.copyOf(messageArguments, messageArguments.length);
    }
}
