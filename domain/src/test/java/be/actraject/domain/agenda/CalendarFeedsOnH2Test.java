package be.actraject.domain.agenda;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COACH2;
import static org.assertj.core.api.Assertions.assertThat;

/** A feed token opens its owner's feed until it is replaced or revoked; the database holds only its hash. */
@SpringBootTest
@Transactional
class CalendarFeedsOnH2Test {

    @Autowired
    CalendarFeeds feeds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;

    @Test
    void aTokenOpensItsOwnersFeedOnly() {
        String coachs = feeds.issue(COACH);
        String colleagues = feeds.issue(COACH2);

        assertThat(coachs).hasSize(43).isNotEqualTo(colleagues);
        assertThat(feeds.ownerOf(coachs)).contains("coach");
        assertThat(feeds.ownerOf(colleagues)).contains("coach2");
        assertThat(feeds.ownerOf(coachs.substring(1) + "A")).isEmpty();
        assertThat(feeds.ownerOf("")).isEmpty();
        assertThat(feeds.issuedAt(COACH)).isPresent();
    }

    @Test
    void theDatabaseHoldsOnlyTheHash() {
        String token = feeds.issue(COACH);
        entities.flush();

        String stored = jdbc.queryForObject("select token_hash from calendar_feed where user_id = 'coach'",
                String.class);

        assertThat(stored).hasSize(64).doesNotContain(token);
    }

    @Test
    void aNewTokenReplacesTheOldAndARevokedOneOpensNothing() {
        String first = feeds.issue(COACH);
        String second = feeds.issue(COACH);

        assertThat(feeds.ownerOf(first)).isEmpty();
        assertThat(feeds.ownerOf(second)).contains("coach");

        feeds.revoke(COACH);

        assertThat(feeds.ownerOf(second)).isEmpty();
        assertThat(feeds.issuedAt(COACH)).isEmpty();
    }
}
