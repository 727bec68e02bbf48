package be.actraject.web.system;

/** A date typed in a plain request parameter lies outside its {@link DateWindow}; the form says the window. */
public class DateOutsideWindowException extends RuntimeException {

    private final transient DateWindow window;

    public DateOutsideWindowException(DateWindow window) {
        super("Outside the date window " + window);
        this.window = window;
    }

    /** The message that states the window. */
    public String messageKey() {
        return window.messageKey();
    }
}
