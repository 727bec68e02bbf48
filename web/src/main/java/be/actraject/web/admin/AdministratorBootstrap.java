package be.actraject.web.admin;

import be.actraject.bpmn.identity.AdministratorRecovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The operator's way in, from {@code actraject.bootstrap.admin-user}, {@code admin-password} and {@code admin-reset}
 * (set them in the environment for one start, never in a file of the repository):
 * <ul>
 *   <li>a database without accounts gets that first administrator;</li>
 *   <li>an existing account of that name is unlocked, if wrong passwords locked it;</li>
 *   <li>with {@code admin-reset=true} it also gets the password and the administrator role back (and is made if it
 *   does not exist) — the way back when every administrator has forgotten the password. A reset is deliberate: the
 *   variables left in an environment file must not undo, at the next start, a password changed since.</li>
 * </ul>
 * Each change is in the audit log. Without the variables nothing happens, and on an empty database the log says how.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
    /** Stricter than the product's minimum: this password opens the whole installation and sits in an environment. */
    private static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final AdministratorRecovery recovery;
    private final String userId;
    private final String password;
    private final boolean reset;
    private final boolean demoData;

    AdministratorBootstrap(AdministratorRecovery recovery, @Value("${actraject.bootstrap.admin-user:}") String userId,
                           @Value("${actraject.bootstrap.admin-password:}") String password,
                           @Value("${actraject.bootstrap.admin-reset:false}") boolean reset,
                           @Value("${actraject.demo-data:false}") boolean demoData) {
        this.recovery = recovery;
        this.userId = userId.strip();
        this.password = password;
        this.reset = reset;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (userId.isEmpty()) {
            if (!demoData && !recovery.anyAccountExists()) {
                log.warn("There are no accounts yet. Start once with ACTRAJECT_BOOTSTRAP_ADMIN_USER and "
                        + "ACTRAJECT_BOOTSTRAP_ADMIN_PASSWORD set to create the first administrator.");
            }
            return;
        }
        boolean needsPassword = reset || !recovery.anyAccountExists();
        if (needsPassword && password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalStateException("actraject.bootstrap.admin-password must have at least "
                    + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        AdministratorRecovery.Result result = recovery.bootstrap(userId, password, reset);
        switch (result) {
            case CREATED -> log.info("Created the administrator account '{}'", userId);
            case UNLOCKED -> log.warn("Unlocked the account '{}' (ACTRAJECT_BOOTSTRAP_ADMIN_USER)", userId);
            case RESET -> log.warn("Set the password of '{}', unlocked it and made it an administrator "
                    + "(ACTRAJECT_BOOTSTRAP_ADMIN_RESET): remove the bootstrap variables now", userId);
            case NOT_FOUND -> log.warn("There is no account '{}': set ACTRAJECT_BOOTSTRAP_ADMIN_RESET=true as well to "
                    + "create it as an administrator", userId);
            case NOTHING -> log.info("The account '{}' exists and is not locked; the bootstrap variables can go",
                    userId);
        }
    }
}
