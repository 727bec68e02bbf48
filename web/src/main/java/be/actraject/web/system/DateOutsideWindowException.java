package be.actraject.web.system;

import java.time.LocalDate;

/** A date typed in a plain request parameter lies outside its {@link DateWindow}; the form says the window. */
public class DateOutsideWindowException extends RuntimeException {

    private final transient DateWindow window;
    private final transient Object[] bounds;

    public DateOutsideWindowException(DateWindow window, LocalDate today) {
        super("Outside the date window " + window);
        this.window = window;
        this.bounds = window.messageArguments(today);
    }

    /** The message that states the window. */
    public String messageKey() {
        return window.messageKey();
    }

    /** The window's bounds, for its message. */
    public Object[] messageArguments() {
        return bounds.clone();
    }
}
