package be.actraject.bpmn.identity;

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
    private final String dummyHash;

    SignIn(IdentityService identity, Accounts accounts, LockRule rule, UnknownNameLocks unknownNames,
           SourceLimits sources, Pbkdf2PasswordEncryptor hasher) {
        this.identity = identity;
        this.accounts = accounts;
        this.rule = rule;
        this.unknownNames = unknownNames;
        this.sources = sources;
        this.hasher = hasher;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.dummyHash = hasher.encrypt(Base64.getEncoder().encodeToString(random));
    }

    /**
     * One attempt to sign in.
     *
     * @param userId   the user name as typed (null or blank is a name without an account)
     * @param password the password as typed
     * @param source   the client's address, or the network it stands for (the key of the per-source limit)
     * @return signed in with the account, or refused: wrong, name locked or source locked, each with until when
     */
    public SignInOutcome attempt(String userId, String password, String source) {
        // The engine refuses a null password without hashing or locking: as an empty one, it is hashed and counted.
        String typed = password == null ? "" : password;
        Instant now = LockRule.now();
        Optional<Instant> sourceLock = sources.attempt(source, now);
        if (sourceLock.isPresent()) {
            return new SourceLocked(sourceLock.get(), between(now, sourceLock.get()));
        }
        UserEntity user = userId == null ? null : entity(userId);
        SignInOutcome outcome = user == null ? unknown(userId, typed, now) : known(user, typed, now);
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
        return until == null || !until.isAfter(now) ? Duration.ZERO : Duration.between(now, until);
    }
}
