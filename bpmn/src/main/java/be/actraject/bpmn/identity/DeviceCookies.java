package be.actraject.bpmn.identity;

import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Device cookies, after OWASP's "Slow Down Online Guessing Attacks with Device Cookies": a browser where someone
 * signed in successfully receives a signed token naming that user, and a later sign-in that presents it for the same
 * name is not held up by the lock that failures from elsewhere put on the name — only by the failures made with that
 * very cookie ({@link DeviceLocks}) and by its address's limit. An attacker who does not have the cookie can therefore
 * slow down guessing on a name, but cannot lock its owner out.
 *
 * <p>The value is {@code v1.<user>.<issued>.<nonce>.<signature>}: the user id (Base64url), the moment of issue (epoch
 * seconds, the engine's clock), 16 random bytes (Base64url) that name the device in {@link DeviceLocks}, and the
 * HMAC-SHA256 of what precedes it under {@link DeviceCookieKey} (Base64url). Nothing secret is in it; it proves only
 * that we issued it to a browser where this user signed in, not later than {@link SignInSettings#deviceLifetime()}
 * ago. Each successful sign-in gives a new one.
 */
@Component
public class DeviceCookies {

    private static final String VERSION = "v1";
    /** Longer values are not ours: a user id has at most 64 characters. */
    private static final int LONGEST = 300;
    private static final Pattern FORM = Pattern.compile(
            "v1\\.[A-Za-z0-9_-]{1,120}\\.[0-9]{1,12}\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
    /** How far another node's clock may be ahead of ours. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final DeviceCookieKey key;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    DeviceCookies(DeviceCookieKey key, SignInSettings settings) {
        this.key = key;
        this.lifetime = settings.deviceLifetime();
    }

    /** How long a device cookie is valid after its issue: the cookie's {@code Max-Age}. */
    public Duration lifetime() {
        return lifetime;
    }

    /**
     * A new device cookie for the user, issued now (the engine's clock).
     *
     * @param userId the engine's user id of the person who just signed in (not as typed)
     * @return the cookie's value, of the characters a cookie may hold without quoting
     */
    public String issue(String userId) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String content = VERSION + "." + ENCODER.encodeToString(userId.getBytes(StandardCharsets.UTF_8)) + "."
                + LockRule.now().getEpochSecond() + "." + ENCODER.encodeToString(nonce);
        return content + "." + ENCODER.encodeToString(key.sign(content.getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * The device a cookie stands for, when it is one we signed, for this very user, and not expired; empty for
     * anything else — none, malformed, forged, another user's, expired, or issued in the future (beyond a few minutes
     * of clock difference between nodes).
     *
     * @param cookie the value the browser sent (may be null)
     * @param userId the engine's user id the attempt is for
     * @param now    the engine's present moment
     * @return the device's nonce, the key of its own failures
     */
    Optional<String> deviceOf(String cookie, String userId, Instant now) {
        if (cookie == null || cookie.length() > LONGEST || !FORM.matcher(cookie).matches()) {
            return Optional.empty();
        }
        int lastDot = cookie.lastIndexOf('.');
        String content = cookie.substring(0, lastDot);
        byte[] expected = key.sign(content.getBytes(StandardCharsets.US_ASCII));
        if (!MessageDigest.isEqual(expected, DECODER.decode(cookie.substring(lastDot + 1)))) {
            return Optional.empty();
        }
        String[] parts = content.split("\\.");
        String named = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8);
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[2]));
        if (!named.equals(userId) || issued.isAfter(now.plus(CLOCK_SKEW)) || !issued.plus(lifetime).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(parts[3]);
    }
}
