package be.actraject.web.error;

import org.hibernate.TransactionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that is down, unreachable or not answering in time from any other failure, so that it is answered
 * with 503 (try again later) instead of 500 (a fault of ours). Looks through the causes, because the engine and
 * Hibernate wrap what the pool and the driver throw.
 * <p>
 * Recognised: Spring's {@link CannotCreateTransactionException} (no connection for a transaction),
 * {@link DataAccessResourceFailureException} and {@link QueryTimeoutException}; JDBC's connection and timeout
 * exceptions (the pool's "connection is not available" is a {@link SQLTransientConnectionException}); and any
 * {@link SQLException} whose SQLState says so — class 08 (connection exception, SQL:2011 and PostgreSQL), 57014
 * (statement cancelled by {@code statement_timeout}), 57P01–57P03 (server shutting down or not accepting
 * connections; PostgreSQL appendix A); and a failed rollback, see {@link #rollbackFailed}.
 */
final class DatabaseOutage {

    private static final Set<String> UNAVAILABLE_STATES = Set.of("57014", "57P01", "57P02", "57P03");
    /** Enough for any wrapping seen; a guard against cause cycles. */
    private static final int MAX_DEPTH = 20;

    private DatabaseOutage() {
    }

    /** @return whether {@code error} or one of its causes says the database is unavailable; false for null */
    static boolean causes(Throwable error) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (unavailable(current)) {
                return true;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }

    private static boolean unavailable(Throwable error) {
        if (error instanceof CannotCreateTransactionException || error instanceof DataAccessResourceFailureException
                || error instanceof QueryTimeoutException || error instanceof SQLTransientConnectionException
                || error instanceof SQLNonTransientConnectionException || error instanceof SQLRecoverableException
                || error instanceof SQLTimeoutException) {
            return true;
        }
        if (rollbackFailed(error)) {
            return true;
        }
        if (error instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
        }
        return false;
    }

    /**
     * A rollback fails only when the connection is gone. Spring then throws the rollback's exception instead of the
     * statement's, which said so (and which it logs: "Application exception overridden by rollback exception"); the
     * pool's closed connection gives no SQLState to go by. Hibernate's and Spring's messages are all there is.
     */
    private static boolean rollbackFailed(Throwable error) {
        String message = error.getMessage();
        return message != null && (error instanceof TransactionSystemException
                || error instanceof TransactionException)
                && (message.startsWith("Unable to rollback") || message.startsWith("Could not roll back"));
    }
}
