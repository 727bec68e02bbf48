package be.actraject.web.session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.transaction.TransactionException;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spring Session's store in the database, wrapped so that an outage costs one pool timeout, not one per session read
 * (the store reads in a transaction of its own, so a database away shows as a {@link TransactionException}):
 * after a failed read or write, reads leave the database alone for {@link #LEFT_ALONE} (or until a write succeeds),
 * and are answered from this node's last copy of the session (its security context, so the outage page can still name the person). A copy is never
 * written back. Up to {@link #COPIES} sessions are copied, the least recently used forgotten first.
 *
 * @param <S> the store's session type
 */
final class OutageTolerantSessions<S extends Session> implements FindByIndexNameSessionRepository<Session> {

    /** How long the store is not asked again after it failed: the pool's own timeout is 3 s. */
    static final Duration LEFT_ALONE = Duration.ofSeconds(2);
    static final int COPIES = 10_000;
    private static final Logger log = LoggerFactory.getLogger(OutageTolerantSessions.class);

    private final FindByIndexNameSessionRepository<S> store;
    private final Map<String, MapSession> copies = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, MapSession> eldest) {
                    return size() > COPIES;
                }
            });
    private volatile long leftAloneUntil = System.nanoTime();

    OutageTolerantSessions(FindByIndexNameSessionRepository<S> store) {
        this.store = store;
    }

    @Override
    public Session createSession() {
        return store.createSession();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(Session session) {
        if (session instanceof MapSession) {
            return; // a copy answered during an outage: the store holds the real one
        }
        // Always tried, even while reads are left alone: a new session (a sign-in page) must be stored once the
        // database is back, or its CSRF token is lost.
        try {
            store.save((S) session);
            back();
            copies.put(session.getId(), new MapSession(session));
        } catch (DataIntegrityViolationException e) {
            // Not an outage: the database answered. Another request of the same session changed it meanwhile — a
            // sign-out in another tab deleted it, say — and this request's late write has nowhere to go. Its answer
            // has been given; what it would have added to the session is dropped.
            log.warn("Session {} changed by another request meanwhile; this request's changes to it are not stored: {}",
                    session.getId(), e.getMostSpecificCause().getMessage());
        } catch (DataAccessException | TransactionException e) {
            failed("write", e);
        }
    }

    @Override
    public Session findById(String id) {
        if (leftAlone()) {
            return copyOf(id);
        }
        try {
            S found = store.findById(id);
            back();
            if (found == null) {
                copies.remove(id);
            } else {
                copies.put(id, new MapSession(found));
            }
            return found;
        } catch (DataAccessException | TransactionException e) {
            failed("read", e);
            return copyOf(id);
        }
    }

    @Override
    public void deleteById(String id) {
        copies.remove(id);
        try {
            store.deleteById(id);
        } catch (DataAccessException | TransactionException e) {
            failed("delete", e);
        }
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return Collections.unmodifiableMap(store.findByIndexNameAndIndexValue(indexName, indexValue));
    }

    /** The store answered: reads go to it again at once. */
    private void back() {
        if (leftAlone()) {
            leftAloneUntil = System.nanoTime();
        }
    }

    private boolean leftAlone() {
        return System.nanoTime() - leftAloneUntil < 0;
    }

    private void failed(String what, NestedRuntimeException e) {
        leftAloneUntil = System.nanoTime() + LEFT_ALONE.toNanos();
        SessionStoreOutage.seen();
        log.warn("Session store unavailable ({}): {}; this node answers from its copies for {} s", what,
                e.getMostSpecificCause().getMessage(), LEFT_ALONE.toSeconds());
    }

    /** The last copy, as a fresh one (a request may change it; nothing of that is kept), or none when expired. */
    private Session copyOf(String id) {
        SessionStoreOutage.seen();
        MapSession copy = copies.get(id);
        if (copy == null || copy.isExpired()) {
            return null;
        }
        return new MapSession(copy);
    }
}
