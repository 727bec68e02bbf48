package be.actraject.web.system;

import java.io.Serializable;

/**
 * A message for the next page after a redirect, by its key in the bundles, so that it appears in the reader's
 * language. The layout shows it above the page.
 *
 * @param level a Bootstrap alert level: success, info, warning, danger
 */
public record Flash(String level, String key, Object[] args) implements Serializable {

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
