package be.actraject.bpmn.identity;

import be.actraject.bpmn.identity.SignInOutcome.NameLocked;
import be.actraject.bpmn.identity.SignInOutcome.Refused;
import be.actraject.bpmn.identity.SignInOutcome.SignedIn;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in from a browser that presents a valid device cookie for the name ({@link DeviceCookies}): the name's lock
 * (the engine's, which anyone can put on it) does not apply, the cookie's own does ({@link DeviceLocks}). The password
 * is therefore checked as the engine checks it — its password manager, its salt — but outside
 * {@code IdentityService.checkPassword}, which would refuse during the name's lock and count a failure on the name.
 * A success leaves the name's count alone: resetting it would shorten the lock of whoever is guessing elsewhere.
 */
@Component
class KnownDeviceSignIn {

    private final ProcessEngineConfigurationImpl engine;
    private final DeviceLocks locks;
    private final Accounts accounts;

    KnownDeviceSignIn(ProcessEngineConfigurationImpl engine, DeviceLocks locks, Accounts accounts) {
        this.engine = engine;
        this.locks = locks;
        this.accounts = accounts;
    }

    /**
     * @param user     the account the name belongs to
     * @param password the password as typed (not null)
     * @param device   the device cookie's nonce
     * @param now      the engine's present moment when the attempt came in
     * @return signed in, refused with the device's new lock, or not checked while the device is locked
     */
    SignInOutcome attempt(UserEntity user, String password, String device, Instant now) {
        Optional<Instant> locked = locks.lockedUntil(device, now);
        if (locked.isPresent()) {
            return new NameLocked(locked.get(), between(now, locked.get()));
        }
        if (matches(user, password)) {
            locks.forget(device);
            return new SignedIn(accounts.find(user.getId()).orElseThrow());
        }
        Instant checked = LockRule.now();
        Instant until = locks.failed(device, checked);
        return new Refused(until, between(checked, until));
    }

    private boolean matches(UserEntity user, String password) {
        if (user.getPassword() == null) {
            return false;
        }
        return engine.getPasswordManager().check(EncryptionUtil.saltPassword(password, user.getSalt()),
                user.getPassword());
    }

    static Duration between(Instant now, Instant until) {
        return until == null || !until.isAfter(now) ? Duration.ZERO : Duration.between(now, until);
    }
}
