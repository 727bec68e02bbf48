package be.actraject.bpmn.models;

import java.util.regex.Pattern;

/**
 * The engine's own words (a parse error, a migration failure, a DMN table it refuses), made fit to show a coordinator:
 * they are often the only precise reason there is, but may quote what is of the server and not of the model — a Java
 * class ({@code java.lang.NullPointerException}, {@code org.camunda…Entity}), a file path under the server's
 * temporary or work folders. Those are taken out; the whole text stays in the log.
 */
public final class EngineText {

    /** The longest text shown; the engine's messages are a line or two, a stack trace is not. */
    static final int MAX_LENGTH = 400;

    /** A qualified Java name: two or more lower-case packages, then a class (and nested ones), maybe a member. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*"
                    + "(?:\\.[A-Za-z_][A-Za-z0-9_$]*)*(?:\\(\\))?");
    /** An absolute path (Unix or Windows) of two or more parts; a URL's path (after its host) is left alone. */
    private static final Pattern FILE_PATH = Pattern.compile(
            "(?<![\\w.:/\\\\])(?:[A-Za-z]:)?[/\\\\](?:[\\w.$~-]+[/\\\\])+[\\w.$~-]*");
    /** The source file of a stack frame: {@code (ModelValidator.java:90)}. */
    private static final Pattern SOURCE_FILE = Pattern.compile("\\(\\w+\\.java(?::\\d+)?\\)");
    /** What is left of a "Caused by: x.y.Z: " once the name went. */
    private static final Pattern LEFT_OVER = Pattern.compile("(?:Caused by:?)?\\s*…\\s*:\\s*");

    private EngineText() {
    }

    /**
     * @return the text without Java names and file paths, each replaced by "…", within {@link #MAX_LENGTH}; "" for
     *         null
     */
    public static String readable(String engineText) {
        if (engineText == null) {
            return "";
        }
        String text = JAVA_NAME.matcher(engineText).replaceAll("…");
        text = FILE_PATH.matcher(text).replaceAll("…");
        text = SOURCE_FILE.matcher(text).replaceAll("");
        text = LEFT_OVER.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
