package be.actraject.bpmn.identity;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * The HMAC-SHA256 key that signs the device cookies: 256 random bits, made at first use and kept in the database
 * ({@code signing_key}), never in the repository or the configuration. In the database rather than derived per node,
 * so that a cookie stays valid across restarts and on every node of a cluster — a key that changed at each restart
 * would throw every user back onto their name's lock after each deployment, just when an attacker may be at it.
 * Two nodes that make it at the same moment: one insert fails on the key and both read the one that stayed.
 * Read once per node and kept in memory.
 */
@Component
class DeviceCookieKey {

    static final String NAME = "device-cookie";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int BYTES = 32;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;
    private final Clock clock;
    private volatile SecretKeySpec key;

    DeviceCookieKey(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The signature of {@code content} (HMAC-SHA256, 32 bytes). */
    byte[] sign(byte[] content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java without " + ALGORITHM, e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(Base64.getDecoder().decode(stored()), ALGORITHM);
                }
                known = key;
            }
        }
        return known;
    }

    private String stored() {
        List<String> found = read();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        byte[] secret = new byte[BYTES];
        new SecureRandom().nextBytes(secret);
        try {
            separately.executeWithoutResult(status -> jdbc.update(
                    "insert into signing_key (name, secret, created_at) values (?, ?, ?)",
                    NAME, Base64.getEncoder().encodeToString(secret), Timestamp.from(clock.instant())));
        } catch (DataIntegrityViolationException madeMeanwhile) {
            // Another node made it a moment ago: theirs is the key.
        }
        return read().get(0);
    }

    private List<String> read() {
        return separately.execute(status -> jdbc.queryForList("select secret from signing_key where name = ?",
                String.class, NAME));
    }
}
