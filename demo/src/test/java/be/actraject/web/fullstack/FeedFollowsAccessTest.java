package be.actraject.web.fullstack;

import be.actraject.bpmn.identity.AccountAdministration;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.agenda.CalendarFeeds;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar feed is a way into the agenda without signing in, so it ends when the account's access changes: roles
 * taken away (someone who leaves) or a password an administrator sets (an account thought compromised). The address
 * issued before answers 404 like any unknown one.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:feed-follows-access;DB_CLOSE_DELAY=-1")
class FeedFollowsAccessTest {

    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    CalendarFeeds feeds;

    private int feedStatus(String token) throws Exception {
        return mvc.perform(get("/agenda/feed/" + token + ".ics")).andReturn().getResponse().getStatus();
    }

    @Test
    void theFeedOfACoachWhoseRolesAreTakenAwayEnds() throws Exception {
        accounts.create("feedleaver", "Fien", "Vertrek", null, "secret-1234", Role.COACH);
        String token = feeds.issue(Actor.of("feedleaver", Role.COACH));
        assertThat(feedStatus(token)).isEqualTo(200);

        administration.changeRoles("feedleaver", Set.of(), ADMIN);

        assertThat(feedStatus(token)).isEqualTo(404);
        assertThat(feeds.issuedAt(Actor.of("feedleaver"))).isEmpty();
    }

    @Test
    void aPasswordSetByAnAdministratorEndsTheFeedIssuedBefore() throws Exception {
        accounts.create("feedreset", "Ruben", "Herstel", null, "secret-1234", Role.COACH);
        String token = feeds.issue(Actor.of("feedreset", Role.COACH));
        assertThat(feedStatus(token)).isEqualTo(200);

        administration.setPassword("feedreset", "another-secret-5678", ADMIN);

        assertThat(feedStatus(token)).isEqualTo(404);
        String reissued = feeds.issue(Actor.of("feedreset", Role.COACH));
        assertThat(feedStatus(reissued)).as("a new address after signing in again works").isEqualTo(200);
    }
}
