package be.actraject.web.system;

import be.actraject.bpmn.task.NotYourTaskException;
import be.actraject.bpmn.task.TaskAlreadyCompletedException;
import be.actraject.bpmn.task.TaskChangedException;
import be.actraject.bpmn.task.TaskNotFoundException;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.assessment.AssessmentNotFoundException;
import be.actraject.domain.document.DocumentNotFoundException;
import be.actraject.domain.invoice.InvoiceDocumentUnavailableException;
import be.actraject.domain.invoice.InvoiceNotFoundException;
import be.actraject.domain.trajectory.CandidateNotFoundException;
import be.actraject.domain.trajectory.TrajectoryNotFoundException;
import be.actraject.web.security.RefusedChanges;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.Map;

/**
 * Turns the services' refusals into the pages people should see: 404 for what does not exist (or no longer
 * does), 403 for what is not theirs. No stack trace, and the log says who tried what.
 */
@ControllerAdvice
class WebExceptionHandler {

    private final DataSize maxDocumentSize;
    private final RefusedChanges refusals;

    WebExceptionHandler(@Value("${actraject.documents.max-size:10MB}") DataSize maxDocumentSize,
                        RefusedChanges refusals) {
        this.maxDocumentSize = maxDocumentSize;
        this.refusals = refusals;
    }

    @ExceptionHandler({TaskNotFoundException.class, CandidateNotFoundException.class,
            TrajectoryNotFoundException.class, AssessmentNotFoundException.class, DocumentNotFoundException.class,
            InvoiceDocumentUnavailableException.class, InvoiceNotFoundException.class,
            be.actraject.domain.invoice.QuoteNotFoundException.class,
            be.actraject.bpmn.models.ModelNotFoundException.class,
            be.actraject.domain.earnings.StatementNotFoundException.class})
    ModelAndView notFound(RuntimeException e) {
        return new ModelAndView("error/404", Map.of(), HttpStatus.NOT_FOUND);
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
     * A file above the server's upload limit never reaches the controller: back to the dossier it was sent from,
     * with the limit in the message. (The documents' own, lower limit gives the same message from the service.)
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView uploadTooLarge(HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put(Flash.ATTRIBUTE,
                Flash.warning("document.refused.TOO_LARGE", maxDocumentSize.toMegabytes(), ""));
        String uri = request.getRequestURI();
        String dossier = uri.matches(".*/candidates/\\d+/documents$") ? uri.substring(0, uri.lastIndexOf('/')) : "/";
        return new ModelAndView("redirect:" + dossier.substring(request.getContextPath().length()));
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
        refusals.record(request, e.getMessage());
        return new ModelAndView("error/403", Map.of(), HttpStatus.FORBIDDEN);
    }
}
