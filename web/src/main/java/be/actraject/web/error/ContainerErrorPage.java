package be.actraject.web.error;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import java.util.Locale;
import java.util.Set;

/**
 * The page Tomcat itself answers with ({@link ContainerErrorReportValve}) for a request it refused before the
 * application saw it: a malformed address ({@code /%}, {@code /candidates/%zz}), an invalid character in the request
 * line or a header, a header too long. Static HTML in the application's look, in Dutch and English at once (such a
 * request has no session and may have no readable language), the title and text of the application's own error page
 * ({@code error.<kind>.*} in the message bundles), the reference of its log line; no exception, no server version.
 */
final class ContainerErrorPage {

    /** Statuses with a text of their own, as on the application's page; the rest read as 400 or the generic 500. */
    private static final Set<Integer> OWN_TEXT = Set.of(400, 403, 404, 405, 413, 503);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final MessageSource messages;
    private final String contextPath;

    /** @param contextPath the application's context path ({@code ""} at the root), for the style sheets' addresses */
    ContainerErrorPage(MessageSource messages, String contextPath) {
        this.messages = messages;
        this.contextPath = contextPath;
    }

    /**
     * @param status    the status Tomcat answers with
     * @param reference the reference the log line carries (see {@link ErrorPage#reference()})
     * @return the whole HTML document
     */
    String html(int status, String reference) {
        String kind = kind(status);
        return """
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%1$s</title>
                  <link rel="stylesheet" href="%2$s/webjars/bootstrap/css/bootstrap.min.css">
                  <link rel="stylesheet" href="%2$s/css/actraject.css">
                </head>
                <body>
                <nav class="navbar navbar-dark bg-ac mb-4"><div class="container">
                  <a class="navbar-brand fw-semibold" href="%2$s/">%1$s</a>
                </div></nav>
                <main class="container pb-5" data-testid="error-page" data-status="%3$d" data-reference="%4$s">
                %5$s
                %6$s
                </main>
                </body>
                </html>
                """.formatted(text("app.name", DUTCH), contextPath, status, reference,
                section(kind, reference, DUTCH), section(kind, reference, Locale.ENGLISH));
    }

    private String section(String kind, String reference, Locale locale) {
        return """
                <section class="mb-4" lang="%s">
                  <h1 class="h3">%s</h1>
                  <p>%s</p>
                  <p class="small text-muted">%s</p>
                  <a href="%s/">%s</a>
                </section>""".formatted(locale.getLanguage(), text("error." + kind + ".title", locale),
                text("error." + kind + ".text", locale), text("error.reference", locale, reference), contextPath,
                text("error.home", locale));
    }

    static String kind(int status) {
        if (OWN_TEXT.contains(status)) {
            return Integer.toString(status);
        }
        return status >= 400 && status < 500 ? "400" : "generic";
    }

    private String text(String key, Locale locale, Object... arguments) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, arguments, locale));
    }
}
