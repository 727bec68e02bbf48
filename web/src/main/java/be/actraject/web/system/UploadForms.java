package be.actraject.web.system;

import be.actraject.bpmn.models.ModelValidator;
import be.actraject.domain.bankstatement.StatementImports;
import be.actraject.domain.document.FileType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.util.unit.DataSize;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms that upload a file — a document in the dossier, a model in the process room, a bank statement — with
 * the page each is on and what to say there of a file above the form's own limit. A file too large for the server
 * comes back to its form with that message rather than to an error page.
 */
final class UploadForms {

    /** A form's page (path within the application, with the fragment of the form) and its message. */
    record Form(String page, Flash tooLarge) {

        /** The page without its fragment: where the message must show. */
        String path() {
            int fragment = page.indexOf('#');
            return fragment < 0 ? page : page.substring(0, fragment);
        }
    }

    private static final Pattern DOCUMENTS = Pattern.compile("/candidates/(\\d+)/documents");
    private static final String MODELS = "/models/upload";
    private static final String BANK_STATEMENTS = "/bank-statements";

    private final DataSize maxDocumentSize;

    /** @param maxDocumentSize {@code actraject.documents.max-size}, the limit the documents' message names */
    UploadForms(DataSize maxDocumentSize) {
        this.maxDocumentSize = maxDocumentSize;
    }

    /** @return the upload form this request was sent from, by its path; empty for any other request */
    Optional<Form> of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher document = DOCUMENTS.matcher(path);
        if (document.matches()) {
            return Optional.of(new Form("/candidates/" + document.group(1) + "#documents",
                    Flash.warning("document.refused.TOO_LARGE", maxDocumentSize.toMegabytes(),
                            FileType.acceptedExtensions())));
        }
        if (path.equals(MODELS)) {
            return Optional.of(new Form("/models", Flash.warning("model.problem.TOO_LARGE",
                    ModelValidator.MAX_BYTES / 1024)));
        }
        if (path.equals(BANK_STATEMENTS)) {
            return Optional.of(new Form(BANK_STATEMENTS, Flash.warning("bankStatement.refused.TOO_LARGE",
                    StatementImports.MAX_MEGABYTES)));
        }
        return Optional.empty();
    }
}
