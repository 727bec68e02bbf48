package be.actraject.web.system;

import be.actraject.bpmn.task.NotYourTaskException;
import be.actraject.bpmn.task.TaskAlreadyCompletedException;
import be.actraject.bpmn.task.TaskNotFoundException;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.trajectory.CandidateNotFoundException;
import be.actraject.domain.trajectory.TrajectoryNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.Map;

/**
 * Turns the services' refusals into the pages people should see: 404 for what does not exist (or no longer
 * does), 403 for what is not theirs. No stack trace, and the log says who tried what.
 */
@ControllerAdvice
class WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

    @ExceptionHandler({TaskNotFoundException.class, CandidateNotFoundException.class,
            TrajectoryNotFoundException.class})
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

    @ExceptionHandler({NotYourTaskException.class, NotInCaseloadException.class, NotPermittedException.class})
    ModelAndView forbidden(RuntimeException e) {
        log.warn("Refused: {}", e.getMessage());
        return new ModelAndView("error/403", Map.of(), HttpStatus.FORBIDDEN);
    }
}
