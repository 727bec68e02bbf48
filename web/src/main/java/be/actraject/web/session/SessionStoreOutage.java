package be.actraject.web.session;

/**
 * Whether the session store failed during the current request, on this thread: set by
 * {@link OutageTolerantSessions} when it answers from its copy, read by {@link SessionStoreOutageFilter}, reset at the
 * start and end of every request by the same filter's outer half.
 */
final class SessionStoreOutage {

    private static final ThreadLocal<Boolean> SEEN = new ThreadLocal<>();

    private SessionStoreOutage() {
    }

    static void seen() {
        SEEN.set(Boolean.TRUE);
    }

    static boolean wasSeen() {
        return Boolean.TRUE.equals(SEEN.get());
    }

    static void reset() {
        SEEN.remove();
    }
}
