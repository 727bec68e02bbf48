package be.actraject.bpmn.identity;

import be.actraject.bpmn.identity.SignInOutcome.Busy;
import be.actraject.bpmn.identity.SignInOutcome.NameLocked;
import be.actraject.bpmn.identity.SignInOutcome.Refused;
import be.actraject.bpmn.identity.SignInOutcome.SignedIn;
import be.actraject.bpmn.identity.SignInOutcome.SourceLocked;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs people in on the engine's identity store, slowed down per user name and per client address, and in the same
 * time whether the name exists or not.
 *
 * <ul>
 *   <li>Per user name, the engine's own lock after wrong passwords, bounded (see {@link SignInLockPlugin}); names
 *   without an account are locked the same way by {@link UnknownNameLocks}; a name's failures are forgotten a while
 *   after its last lock ended ({@link LockRule#isForgotten}), for both alike.</li>
 *   <li>Per client address, {@link SourceLimits}.</li>
 *   <li>Per node, no more password checks at once than {@link PasswordChecks} lets through; a sign-in that waited
 *   too long for its turn is answered {@link Busy}.</li>
 *   <li>Per device: an attempt that presents a valid device cookie for the name ({@link DeviceCookies}) is not held
 *   up by the name's lock but by the cookie's own ({@link KnownDeviceSignIn}), so that failures from elsewhere cannot
 *   lock out the person whose browser it is. An invalid cookie (forged, expired, another user's) counts as none.</li>
 *   <li>Time: the engine hashes the password of a known name with PBKDF2 (a few hundred ms) and answers an unknown one
 *   at once, which tells an attacker which names exist. For an unknown name we hash the password against a dummy
 *   PBKDF2 hash of the same cost. Refusals without a check (a locked name or source) hash nothing, known or not.</li>
 * </ul>
 *
 * Not one transaction around it all: each engine command (a lock released, a password checked and the lock updated)
 * is its own, so that two wrong passwords for one account at the same moment, which conflict on the account's row,
 * end in a refusal rather than in an error.
 */
@Service
public class SignIn {

    private final IdentityService identity;
    private final Accounts accounts;
    private final LockRule rule;
    private final UnknownNameLocks unknownNames;
    private final SourceLimits sources;
    private final Pbkdf2PasswordEncryptor hasher;
    private final DeviceCookies devices;
    private final KnownDeviceSignIn knownDevice;
    private final PasswordChecks checks;
    private final String dummyHash;

    SignIn(IdentityService identity, Accounts accounts, LockRule rule, UnknownNameLocks unknownNames,
           SourceLimits sources, Pbkdf2PasswordEncryptor hasher, DeviceCookies devices, KnownDeviceSignIn knownDevice,
           PasswordChecks checks) {
        this.identity = identity;
        this.checks = checks;
        this.devices = devices;
        this.knownDevice = knownDevice;
        this.accounts = accounts;
        this.rule = rule;
        this.unknownNames = unknownNames;
        this.sources = sources;
        this.hasher = hasher;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.dummyHash = hasher.encrypt(Base64.getEncoder().encodeToString(random));
    }

    /** One attempt from a browser without a device cookie: {@link #attempt(String, String, String, String)}. */
    public SignInOutcome attempt(String typedUserId, String password, String source) {
        return attempt(typedUserId, password, source, null);
    }

    /**
     * One attempt to sign in.
     *
     * @param typedUserId  the user name as typed, normalised here ({@link UserNames#normalise}); null or blank is a
     *                     name without an account
     * @param password     the password as typed
     * @param source       the client's address, or the network it stands for (the key of the per-source limit)
     * @param deviceCookie the device cookie the browser sent, or null; one that is not valid for this name counts as
     *                     none
     * @return signed in with the account, or refused: wrong, name (or device) locked or source locked, each with until
     * when; or busy (not checked, nothing counted)
     */
    public SignInOutcome attempt(String typedUserId, String password, String source, String deviceCookie) {
        String userId = UserNames.normalise(typedUserId);
        // The engine refuses a null password without hashing or locking: as an empty one, it is hashed and counted.
        String typed = password == null ? "" : password;
        Instant now = LockRule.now();
        Optional<Instant> sourceLock = sources.attempt(source, now);
        if (sourceLock.isPresent()) {
            return new SourceLocked(sourceLock.get(), between(now, sourceLock.get()));
        }
        if (!checks.enter()) {
            sources.succeeded(source); // not a failure: the address's token back
            return new Busy();
        }
        SignInOutcome outcome;
        try {
            UserEntity user = userId == null ? null : entity(userId);
            Optional<String> device = user == null ? Optional.empty()
                    : devices.deviceOf(deviceCookie, user.getId(), now);
            outcome = user == null ? unknown(userId, typed, now)
                    : device.isPresent() ? knownDevice.attempt(user, typed, device.get(), now)
                    : known(user, typed, now);
        } finally {
            checks.leave();
        }
        if (outcome instanceof SignedIn) {
            sources.succeeded(source);
        }
        return outcome;
    }

    private SignInOutcome unknown(String userId, String password, Instant now) {
        Optional<Instant> locked = unknownNames.lockedUntil(userId, now);
        if (locked.isPresent()) {
            return new NameLocked(locked.get(), between(now, locked.get()));
        }
        hasher.check(password, dummyHash);
        if (userId != null) {
            entity(userId); // a known name's refusal reads the account again for its lock: the same query here
        }
        // The engine locks a known name from the moment the hash is done, not from the attempt's start.
        Instant checked = LockRule.now();
        Instant until = unknownNames.failed(userId, checked);
        return new Refused(until, between(checked, until));
    }

    private SignInOutcome known(UserEntity user, String password, Instant now) {
        int attempts = user.getAttempts();
        Instant lockedUntil = instant(user);
        if (rule.isForgotten(attempts, lockedUntil, now)) {
            identity.unlockUser(user.getId());
            attempts = 0;
            lockedUntil = null;
        }
        if (rule.isLocked(attempts, lockedUntil, now)) {
            return new NameLocked(lockedUntil, between(now, lockedUntil));
        }
        boolean right;
        try {
            right = identity.checkPassword(user.getId(), password);
        } catch (OptimisticLockingException concurrentFailure) {
            right = false;
        }
        if (right) {
            return new SignedIn(accounts.find(user.getId()).orElseThrow());
        }
        UserEntity after = entity(user.getId());
        Instant checked = LockRule.now();
        Instant until = after == null ? null : instant(after);
        return until == null ? new Refused(checked, Duration.ZERO) : new Refused(until, between(checked, until));
    }

    private UserEntity entity(String userId) {
        return (UserEntity) identity.createUserQuery().userId(userId).singleResult();
    }

    private static Instant instant(UserEntity user) {
        return user.getLockExpirationTime() == null ? null : user.getLockExpirationTime().toInstant();
    }

    private static Duration between(Instant now, Instant until) {
        return KnownDeviceSignIn.between(now, until);
    }
}
