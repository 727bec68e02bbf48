package be.actraject.web.system;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A message for the next page after a redirect, by its key in the bundles, so that it appears in the reader's
 * language. The layout shows it above the page.
 *
 * @param level a Bootstrap alert level: success, info, warning, danger
 */
public record Flash(String level, String key, Object[] args) implements Serializable {

    /**
     * The flash travels in the session, which is written to the database (Spring Session JDBC) before the redirect is
     * answered: an argument that cannot be serialized would fail that write, so it is kept as its text.
     */
    public Flash {
        args = args == null ? new Object[0] : Arrays.stream(args)
                .map(a -> a == null || a instanceof Serializable ? a : String.valueOf(a)).toArray();
    }

    public static final String ATTRIBUTE = "flash";
    /** A second sentence for the same alert, such as who has the next step after a completed task. */
    public static final String NEXT = "flashNext";

    public static Flash success(String key, Object... args) {
        return new Flash("success", key, args);
    }

    public static Flash warning(String key, Object... args) {
        return new Flash("warning", key, args);
    }
}
