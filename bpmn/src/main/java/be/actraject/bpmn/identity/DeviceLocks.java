package be.actraject.bpmn.identity;

import org.springframework.stereotype.Component;

/**
 * The locks of device cookies ({@link DeviceCookies}), by the cookie's nonce: a wrong password sent with a valid
 * device cookie locks that cookie — with the delays a name gets — and not the name. So a stolen cookie buys an
 * attacker no faster guessing than none, and the owner's other browsers are not held up by it. In memory, per node,
 * at most {@value #MOST_DEVICES} cookies: only cookies we signed get here, one per successful sign-in.
 */
@Component
class DeviceLocks extends MemoryLocks {

    static final int MOST_DEVICES = 50_000;

    DeviceLocks(LockRule rule, SignInSettings settings) {
        super(rule, settings, MOST_DEVICES);
    }
}
