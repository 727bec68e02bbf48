package be.actraject.domain.agenda;

import be.actraject.domain.access.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Each person's secret calendar-feed address, which a calendar application fetches without signing in: the token
 * is 32 random bytes (256 bits, base64url, 43 characters), shown once when issued and stored only as its SHA-256
 * hash, so that neither the database nor a log of it gives a working address. Issuing again replaces the old token;
 * revoking deletes it, after which the old address finds nothing.
 */
@Service
public class CalendarFeeds {

    private static final int TOKEN_BYTES = 32;

    private final CalendarFeedRepository feeds;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CalendarFeeds(CalendarFeedRepository feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    /** Issues a new token for the actor's own feed, replacing any earlier one; returns the token, never kept. */
    @Transactional
    public String issue(Actor actor) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Optional<CalendarFeed> existing = feeds.findById(actor.userId());
        if (existing.isPresent()) {
            existing.get().reissue(hash(token), clock.instant());
        } else {
            feeds.save(new CalendarFeed(actor.userId(), hash(token), clock.instant()));
        }
        return token;
    }

    /** Revokes the actor's feed, if any: its address answers nothing from now on. */
    @Transactional
    public void revoke(Actor actor) {
        feeds.deleteById(actor.userId());
    }

    /**
     * Ends the feed of an account whose access changed (its roles, or a password an administrator set): the address
     * was issued under the old access and would go on opening the agenda without signing in. Idempotent.
     */
    @Transactional
    public void revokeOf(String userId) {
        feeds.findById(userId).ifPresent(feeds::delete);
    }

    /** When the actor's current feed token was issued; empty when they have none. */
    @Transactional(readOnly = true)
    public Optional<Instant> issuedAt(Actor actor) {
        return feeds.findById(actor.userId()).map(CalendarFeed::getIssuedAt);
    }

    /** The user id whose feed this token opens; empty for a token never issued, replaced or revoked. */
    @Transactional(readOnly = true)
    public Optional<String> ownerOf(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(hash(token)).map(CalendarFeed::getUserId);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
