package be.actraject.web.authz;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One row of the write matrix: the handler mapping it covers ({@code POST /candidates/{candidateId}/stop}, with the
 * parameter a mapping needs in brackets, {@code [addLines]}), who may post to it, the answer an allowed post gets,
 * and a valid-looking request on the matrix's own data — one that would change something if it were allowed.
 */
final class Write {

    private final String mapping;
    private String coach = "coach";
    private Set<Who> allowed = EnumSet.noneOf(Who.class);
    private Set<Integer> answers = Set.of(302);
    private BiFunction<MatrixFixture, String, MockHttpServletRequestBuilder> request;

    private Write(String mapping) {
        this.mapping = mapping;
    }

    /** A row for this mapping, as {@code "POST <pattern>"} or {@code "POST <pattern> [<param>]"}. */
    static Write of(String mapping) {
        return new Write(mapping);
    }

    /** Who may post; everyone else is refused. */
    Write allowedTo(Who first, Who... more) {
        allowed = EnumSet.of(first, more);
        return this;
    }

    /** The demo coach of the row's candidate, when it is not {@code coach}. */
    Write coachedBy(String coach) {
        this.coach = coach;
        return this;
    }

    /** What an allowed post answers: a redirect after a change unless said otherwise (a form shown again, JSON). */
    Write answers(Integer... statuses) {
        answers = Set.copyOf(Arrays.asList(statuses));
        return this;
    }

    /** The request, prepared on the matrix's data; it may put a task on someone's name first, as the row needs. */
    Write request(Function<MatrixFixture, MockHttpServletRequestBuilder> request) {
        return request((fixture, user) -> request.apply(fixture));
    }

    /** As {@link #request(Function)}, for a request that depends on who sends it (the user id). */
    Write request(BiFunction<MatrixFixture, String, MockHttpServletRequestBuilder> request) {
        this.request = request;
        return this;
    }

    String mapping() {
        return mapping;
    }

    boolean allows(Who who) {
        return allowed.contains(who);
    }

    Set<Integer> answers() {
        return answers;
    }

    String userOf(Who who) {
        return who.userId(coach);
    }

    MockHttpServletRequestBuilder requestAs(MatrixFixture fixture, Who who) {
        return request.apply(fixture, userOf(who));
    }

    /** Whether a request built by this row goes to the row's mapping: its method, path pattern and parameter. */
    boolean covers(MockHttpServletRequestBuilder built) {
        MockHttpServletRequest sent = built.buildRequest(new MockServletContext());
        String[] parts = mapping.split(" ", 3);
        boolean path = PathPatternParser.defaultInstance.parse(parts[1])
                .matches(PathContainer.parsePath(sent.getRequestURI()));
        boolean param = parts.length < 3 || sent.getParameter(parts[2].replaceAll("[\\[\\]]", "")) != null;
        return parts[0].equals(sent.getMethod()) && path && param;
    }

    /**
     * The same post without anything typed (only the parameter the mapping needs): who may not post is refused before
     * their input is judged, so a form full of mistakes is refused the same way.
     */
    MockHttpServletRequestBuilder emptied(MockHttpServletRequestBuilder built) {
        MockHttpServletRequest sent = built.buildRequest(new MockServletContext());
        String query = sent.getQueryString();
        MockHttpServletRequestBuilder empty = MockMvcRequestBuilders.request(HttpMethod.valueOf(sent.getMethod()),
                sent.getRequestURI() + (query == null ? "" : "?" + query));
        String[] parts = mapping.split(" ", 3);
        return parts.length < 3 ? empty : empty.param(parts[2].replaceAll("[\\[\\]]", ""), "");
    }

    @Override
    public String toString() {
        return mapping;
    }
}
