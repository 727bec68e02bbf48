package be.actraject.load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness's own rule for a page's statements, without a database: what counts as growing. */
class RunReportTest {

    @Test
    void aPageWhoseStatementsGrowForTheSamePersonAndAddressIsNamed() {
        List<PageStatements.Sample> samples = List.of(
                sample("worklist mine", "coach", "/tasks?scope=MINE", 15, 1),
                sample("worklist mine", "coach", "/tasks?scope=MINE", 16, 2),
                sample("worklist mine", "coach", "/tasks?scope=MINE", 21, 3));

        assertThat(RunReport.growth(samples)).singleElement().asString()
                .startsWith("worklist mine | coach | /tasks?scope=MINE | node 1: 15 at first, up to 21");
    }

    @Test
    void theSessionsOwnWritesAndOtherPeopleAreNotGrowth() {
        List<PageStatements.Sample> samples = List.of(
                // Within the slack: a flash message in the session, an attribute written.
                sample("worklist mine", "coach", "/tasks?scope=MINE", 15, 1),
                sample("worklist mine", "coach", "/tasks?scope=MINE", 17, 2),
                // Someone else, whose list was empty: compared with their own first request only.
                sample("worklist mine", "loadcoach3", "/tasks?scope=MINE", 13, 3),
                sample("worklist mine", "loadcoach3", "/tasks?scope=MINE", 13, 4),
                // Another address of the same page.
                sample("dossier", "coach", "/candidates/1", 40, 5),
                sample("dossier", "coach", "/candidates/2", 62, 6));

        assertThat(RunReport.growth(samples)).isEmpty();
    }

    @Test
    void theFirstRequestIsTheOneThatCameFirstNotTheOneRecordedFirst() {
        // Two nodes record in the order their requests end; the baseline is the earliest.
        List<PageStatements.Sample> samples = List.of(
                sample("search", "office", "/search?q=Turnhout", 12, 2),
                sample("search", "office", "/search?q=Turnhout", 8, 1));

        assertThat(RunReport.growth(samples)).hasSize(1);
    }

    @Test
    void aKeptLookMadeAfreshOnAnotherNodeOrWhenItExpiresIsNoGrowth() {
        List<PageStatements.Sample> samples = List.of(
                // Kept on node 1 by an earlier run; made afresh on node 2, then kept there too.
                sample("reports", "coordinator", "/reports", 1, 8, 1),
                sample("reports", "coordinator", "/reports", 2, 46, 2),
                sample("reports", "coordinator", "/reports", 1, 8, 3),
                sample("reports", "coordinator", "/reports", 2, 8, 4),
                // Expired on node 1 in the run, made afresh once, kept again.
                sample("reports", "coordinator", "/reports", 1, 46, 5),
                sample("reports", "coordinator", "/reports", 1, 8, 6));

        assertThat(RunReport.growth(samples)).isEmpty();
    }

    @Test
    void aPageThatGrowsOnOneNodeIsNamedWithItsNode() {
        List<PageStatements.Sample> samples = List.of(
                sample("worklist mine", "coach", "/tasks?scope=MINE", 1, 15, 1),
                sample("worklist mine", "coach", "/tasks?scope=MINE", 2, 15, 2),
                sample("worklist mine", "coach", "/tasks?scope=MINE", 2, 19, 3));

        assertThat(RunReport.growth(samples)).singleElement().asString()
                .startsWith("worklist mine | coach | /tasks?scope=MINE | node 2: 15 at first, up to 19");
    }

    private static PageStatements.Sample sample(String page, String user, String uri, long statements, long at) {
        return sample(page, user, uri, 1, statements, at);
    }

    private static PageStatements.Sample sample(String page, String user, String uri, int node, long statements,
                                                long at) {
        return new PageStatements.Sample(page, user, uri, node, statements, at);
    }
}
