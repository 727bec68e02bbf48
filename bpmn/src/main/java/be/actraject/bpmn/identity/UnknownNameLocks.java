package be.actraject.bpmn.identity;

import org.springframework.stereotype.Component;

/**
 * The locks of user names that have no account, kept as the engine keeps those of accounts, so that trying a name
 * tells nobody whether it exists: a name nobody has is locked after a wrong password just as long as a real one. In
 * memory, at most {@value #MOST_NAMES} names.
 */
@Component
class UnknownNameLocks extends MemoryLocks {

    static final int MOST_NAMES = 10_000;

    UnknownNameLocks(LockRule rule, SignInSettings settings) {
        super(rule, settings, MOST_NAMES);
    }
}
