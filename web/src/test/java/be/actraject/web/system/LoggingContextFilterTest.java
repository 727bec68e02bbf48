package be.actraject.web.system;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every log line of a request about a task or a candidate names it, and the context is cleared afterwards. */
class LoggingContextFilterTest {

    private static Map<String, String> contextDuring(String path) throws Exception {
        Map<String, String> seen = new HashMap<>();
        new LoggingContextFilter().doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(),
                (request, response) -> {
                    seen.put("taskId", MDC.get("taskId"));
                    seen.put("candidateId", MDC.get("candidateId"));
                });
        return seen;
    }

    @Test
    void aTaskOrACandidateIsInTheLoggingContextForTheRequestOnly() throws Exception {
        assertThat(contextDuring("/tasks/4711-abc/invoice-approval")).containsEntry("taskId", "4711-abc");
        assertThat(contextDuring("/candidates/42/plan")).containsEntry("candidateId", "42")
                .containsEntry("taskId", null);
        assertThat(contextDuring("/models")).containsEntry("taskId", null).containsEntry("candidateId", null);
        assertThat(MDC.get("taskId")).isNull();
        assertThat(MDC.get("candidateId")).isNull();
    }
}
