package be.actraject.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the task and the candidate a request is about in the logging context ({@code taskId}, {@code candidateId}),
 * beside the engine's own ({@code trajectoryId}: the business key, {@code processInstanceId}, {@code activityId}),
 * so that every log line of a request or a job says which trajectory it concerns.
 */
@Component
class LoggingContextFilter extends OncePerRequestFilter {

    private static final Pattern TASK = Pattern.compile("^/tasks/([^/]+)");
    private static final Pattern CANDIDATE = Pattern.compile("^/candidates/(\\d+)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher task = TASK.matcher(path);
        Matcher candidate = CANDIDATE.matcher(path);
        try {
            if (task.find() && !task.group(1).isEmpty()) {
                MDC.put("taskId", task.group(1));
            }
            if (candidate.find()) {
                MDC.put("candidateId", candidate.group(1));
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove("taskId");
            MDC.remove("candidateId");
        }
    }
}
