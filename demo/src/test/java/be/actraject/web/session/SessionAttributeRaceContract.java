package be.actraject.web.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one session at once, as two tabs: each read the session before the other wrote it. Both add the
 * same new attribute (the flash message two enrolments leave) — the later write is stored, and neither is taken for
 * an outage (it was: the second insert broke the attribute table's key, and the tab showed "the database does not
 * answer"). One signs out while the other still writes: the late write is dropped, nothing fails.
 */
abstract class SessionAttributeRaceContract {

    private FindByIndexNameSessionRepository<Session> sessions;

    /** The store as the application has it (wrapped by {@link OutageTolerantSessions}); its declared type is Boot's. */
    @Autowired
    @SuppressWarnings("unchecked")
    void store(FindByIndexNameSessionRepository<?> store) {
        this.sessions = (FindByIndexNameSessionRepository<Session>) store;
    }

    @AfterEach
    void clean() {
        SessionStoreOutage.reset();
    }

    @Test
    void twoRequestsAddingTheSameAttributeAtOnceKeepTheLaterAndSeeNoOutage() {
        Session made = sessions.createSession();
        made.setAttribute("seen", "made");
        sessions.save(made);
        Session firstTab = sessions.findById(made.getId());
        Session secondTab = sessions.findById(made.getId());

        firstTab.setAttribute("flash", "Ingeschreven");
        secondTab.setAttribute("flash", "Volzet");
        sessions.save(firstTab);
        sessions.save(secondTab);

        assertThat(SessionStoreOutage.wasSeen()).as("no outage").isFalse();
        Session read = sessions.findById(made.getId());
        assertThat(read).isNotNull();
        assertThat((String) read.getAttribute("flash")).isEqualTo("Volzet");
        assertThat((String) read.getAttribute("seen")).isEqualTo("made");
        sessions.deleteById(made.getId());
    }

    @Test
    void aWriteAfterAnotherRequestEndedTheSessionIsDroppedWithoutAnOutage() {
        Session made = sessions.createSession();
        sessions.save(made);
        Session late = sessions.findById(made.getId());
        sessions.deleteById(made.getId());

        late.setAttribute("flash", "Te laat");
        sessions.save(late);

        assertThat(SessionStoreOutage.wasSeen()).as("no outage").isFalse();
        assertThat(sessions.findById(made.getId())).as("the ended session stays ended").isNull();
    }
}
