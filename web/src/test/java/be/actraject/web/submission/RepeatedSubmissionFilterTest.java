package be.actraject.web.submission;

import be.actraject.web.system.Flash;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter on its own, in front of a stand-in for a controller that counts what it handles: a form is handled once
 * however often it comes, a refused one can be sent again, a POST without a token is not its business. The whole
 * application's forms are {@code RepeatedSubmissionTest}'s (demo); the ledger in the database is
 * {@code JdbcSubmissionLedgerTest}'s. Here the ledger is a map that keeps the same promises.
 */
class RepeatedSubmissionFilterTest {

    private final RepeatedSubmissionFilter filter = new RepeatedSubmissionFilter(new MemoryLedger());
    private final MockHttpSession session = new MockHttpSession();
    private final AtomicInteger handled = new AtomicInteger();
    /** What the stand-in answers: a redirect to the group's page, or (when false) the form again. */
    private volatile boolean accepts = true;
    private volatile boolean signedIn = true;
    private volatile CountDownLatch holdFirst = new CountDownLatch(0);
    private final CountDownLatch firstStarted = new CountDownLatch(1);

    private final HttpServlet controller = new HttpServlet() {
        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            handled.incrementAndGet();
            firstStarted.countDown();
            try {
                holdFirst.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (accepts) {
                response.sendRedirect("/sector-groups/5");
            } else {
                response.getWriter().write("form with errors");
            }
        }
    };

    private MockHttpServletResponse post(String token) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sector-groups/5/meetings");
        request.setSession(session);
        request.setRemoteUser(signedIn ? "coach" : null);
        request.addHeader("Referer", "http://localhost/sector-groups/5?tab=meetings");
        if (token != null) {
            request.addParameter(SubmissionFields.FIELD, token);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(controller));
        response.setHeader("X-Flash-Key", flashKey(request));
        return response;
    }

    private static String flashKey(MockHttpServletRequest request) {
        FlashMap flash = (FlashMap) request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE);
        return flash == null ? null : ((Flash) flash.get(Flash.ATTRIBUTE)).key();
    }

    @Test
    void aFormSentTwiceIsHandledOnceAndTheRepeatGoesWhereTheFirstWent() throws Exception {
        MockHttpServletResponse first = post("t-1");
        MockHttpServletResponse second = post("t-1");

        assertThat(handled).hasValue(1);
        assertThat(first.getRedirectedUrl()).isEqualTo("/sector-groups/5");
        assertThat(second.getStatus()).isEqualTo(303);
        assertThat(second.getHeader("Location")).isEqualTo("/sector-groups/5");
        assertThat(second.getHeader("X-Flash-Key")).isEqualTo(RepeatedSubmissionFilter.REPEATED);
    }

    @Test
    void anotherFormOfTheSameSessionIsHandled() throws Exception {
        post("t-1");
        post("t-2");

        assertThat(handled).hasValue(2);
    }

    @Test
    void aFormSentBackWithItsErrorsCanBeSentAgain() throws Exception {
        accepts = false;
        MockHttpServletResponse refused = post("t-1");
        accepts = true;
        MockHttpServletResponse corrected = post("t-1");

        assertThat(refused.getContentAsString()).isEqualTo("form with errors");
        assertThat(corrected.getRedirectedUrl()).isEqualTo("/sector-groups/5");
        assertThat(handled).hasValue(2);
    }

    @Test
    void aPostWithoutTheFieldPassesEveryTime() throws Exception {
        post(null);
        post(null);

        assertThat(handled).hasValue(2);
    }

    @Test
    void aRepeatWhileTheFirstIsHandledWaitsForItAndGoesWhereItWent() throws Exception {
        holdFirst = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> quietly("t-1"));
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<MockHttpServletResponse> second = CompletableFuture.supplyAsync(() -> quietly("t-1"));
        Thread.sleep(200);
        assertThat(second).as("the repeat waits for the first").isNotDone();

        holdFirst.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS).getRedirectedUrl()).isEqualTo("/sector-groups/5");
        assertThat(second.get(5, TimeUnit.SECONDS).getHeader("Location")).isEqualTo("/sector-groups/5");
        assertThat(handled).hasValue(1);
    }

    @Test
    void aPostOfNobodySignedInPassesEveryTime() throws Exception {
        signedIn = false;
        post("t-1");
        post("t-1");

        assertThat(handled).hasValue(2);
    }

    private MockHttpServletResponse quietly(String token) {
        try {
            return post(token);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
