package be.actraject.web.system;

import be.actraject.bpmn.task.NotYourTaskException;
import be.actraject.bpmn.task.TaskAlreadyCompletedException;
import be.actraject.bpmn.task.TaskChangedException;
import be.actraject.domain.NotFoundException;
import be.actraject.domain.RefusedException;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.audit.AuditReason;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.web.error.ErrorPage;
import be.actraject.web.security.RefusedChanges;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.Map;

/**
 * Turns the services' refusals into the pages people should see: 404 for what does not exist (or no longer
 * does), 403 for what is not theirs, each on the error page with its reference and one log line that says who tried
 * what; a refusal no controller turned into a form error goes back to the page it came from with its message. What
 * is not mapped here falls to Spring MVC's own mapping and then to {@code web.error}: 400, 405, 500, 503.
 */
@ControllerAdvice
class WebExceptionHandler {

    /** Where a refused form goes back to when it did not say where it came from. */
    static final String NO_ORIGIN = "/tasks";

    private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

    private final UploadForms uploadForms;
    private final RefusedChanges refusals;
    private final MessageSource messages;

    WebExceptionHandler(@Value("${actraject.documents.max-size:10MB}") DataSize maxDocumentSize,
                        RefusedChanges refusals, MessageSource messages) {
        this.uploadForms = new UploadForms(maxDocumentSize);
        this.refusals = refusals;
        this.messages = messages;
    }

    /** Every kind of thing the domain or the engine did not find by its id. */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
        return ErrorPage.render(request, HttpStatus.NOT_FOUND, e);
    }

    /**
     * A change the rules refused and no controller caught to show on its form: nothing was written. A form (POST) goes
     * back to the page it was sent from ({@link FormOrigin}; {@value #NO_ORIGIN} when that is not known or not ours)
     * with the refusal's message above it; a page (GET) is the error page with status 409 and the refusal's message.
     */
    @ExceptionHandler(RefusedException.class)
    ModelAndView refused(RefusedException e, HttpServletRequest request) {
        if ("POST".equals(request.getMethod())) {
            log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            RequestContextUtils.getOutputFlashMap(request).put(Flash.ATTRIBUTE,
                    Flash.warning(e.messageKey(), e.messageArguments()));
            return new ModelAndView("redirect:" + FormOrigin.of(request).orElse(NO_ORIGIN));
        }
        ModelAndView page = ErrorPage.render(request, HttpStatus.CONFLICT, e);
        // A title of its own: the error page's generic 4xx one says the request was wrong, and this one was not.
        page.addObject("kind", "409");
        page.addObject("text", messages.getMessage(e.messageKey(), e.messageArguments(),
                RequestContextUtils.getLocale(request)));
        return page;
    }

    /**
     * A versioned row (trajectory, candidate, invoice, quote) that someone else changed between reading and writing,
     * found at the flush or the commit by a form that did not turn it into its own refusal: nothing was saved. A form
     * goes back to its page with the message to check and save again; a page is the 409 page with it.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView changedMeanwhile(OptimisticLockingFailureException e, HttpServletRequest request) {
        return refused(new ChangedMeanwhile(e), request);
    }

    /** The refusal a concurrent change of a versioned row amounts to. */
    private static final class ChangedMeanwhile extends RefusedException {
        ChangedMeanwhile(OptimisticLockingFailureException cause) {
            super("refused.changedMeanwhile", "Changed meanwhile: " + cause.getMessage());
        }
    }

    /**
     * A task that was open once. Opening it shows who completed it; submitting its form (a stale form, the task was
     * completed elsewhere meanwhile) writes nothing and returns to the worklist with a message.
     */
    @ExceptionHandler(TaskAlreadyCompletedException.class)
    ModelAndView taskClosed(TaskAlreadyCompletedException e, HttpServletRequest request) {
        if ("POST".equals(request.getMethod())) {
            RequestContextUtils.getOutputFlashMap(request).put(Flash.ATTRIBUTE, Flash.warning("task.closed"));
            return new ModelAndView("redirect:/tasks");
        }
        return new ModelAndView("error/task-closed", Map.of("closed", e), HttpStatus.NOT_FOUND);
    }

    /**
     * A file above the server's upload limit that got past {@link OversizedUploadFilter} (a body sent without its
     * length): back to the form it was sent from, with the form's own limit in the message; a 413 page for a request
     * that came from no upload form.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return uploadForms.of(request)
                .map(form -> {
                    RequestContextUtils.getOutputFlashMap(request).put(Flash.ATTRIBUTE, form.tooLarge());
                    return new ModelAndView("redirect:" + form.page());
                })
                .orElseGet(() -> ErrorPage.render(request, HttpStatus.PAYLOAD_TOO_LARGE, e));
    }

    /**
     * A request no form of ours sends: an upload posted as a plain form (not multipart), or a field whose name points
     * where the form object cannot go (a list index past the binder's limit, {@code rows[999999].amount}). The
     * request is wrong, not the server: the 400 page, one log line, no stack trace.
     */
    @ExceptionHandler({MultipartException.class, InvalidPropertyException.class})
    ModelAndView malformed(RuntimeException e, HttpServletRequest request) {
        return ErrorPage.render(request, HttpStatus.BAD_REQUEST, e);
    }

    /** A change to a task that someone else changed at the same moment: nothing saved, the list shows it as it is. */
    @ExceptionHandler(TaskChangedException.class)
    ModelAndView taskChanged(HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put(Flash.ATTRIBUTE, Flash.warning("task.changed"));
        return new ModelAndView("redirect:/tasks");
    }

    /**
     * Not theirs to see or to do: the 403 page. The service refused before writing anything; a change someone signed
     * in tried is also an entry in the audit log ({@link RefusedChanges}).
     */
    @ExceptionHandler({NotYourTaskException.class, NotInCaseloadException.class, NotPermittedException.class})
    ModelAndView forbidden(RuntimeException e, HttpServletRequest request) {
        refusals.record(request, reason(e), e.getMessage());
        ModelAndView page = ErrorPage.render(request, HttpStatus.FORBIDDEN, e);
        // Most often a candidate or a task a colleague took in the meantime (an intake from the pool, a claim, a
        // hand-over) while the list that led here was open: said as such, with the way back to one's own list.
        if (e instanceof NotInCaseloadException) {
            page.addObject("kind", ErrorPage.NOT_IN_CASELOAD);
        } else if (e instanceof NotYourTaskException) {
            page.addObject("kind", ErrorPage.NOT_YOUR_TASK);
        }
        return page;
    }

    private static AuditReason reason(RuntimeException refusal) {
        if (refusal instanceof NotInCaseloadException outside) {
            return AuditReason.of(AuditReason.NOT_IN_CASELOAD, outside.trajectoryId());
        }
        if (refusal instanceof NotYourTaskException task) {
            return AuditReason.of(AuditReason.NOT_YOUR_TASK, task.taskId());
        }
        return AuditReason.of(AuditReason.NOT_PERMITTED);
    }
}
