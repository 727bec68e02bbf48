package be.actraject.web.demo;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.workflow.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator of a database that has no accounts yet, from
 * {@code actraject.bootstrap.admin-user} and {@code actraject.bootstrap.admin-password} (set them in the environment
 * for the first start, never in a file of the repository). Without them, nothing happens and the log says how.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
    private static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final Accounts accounts;
    private final String userId;
    private final String password;
    private final boolean demoData;

    AdministratorBootstrap(Accounts accounts, @Value("${actraject.bootstrap.admin-user:}") String userId,
                           @Value("${actraject.bootstrap.admin-password:}") String password,
                           @Value("${actraject.demo-data:false}") boolean demoData) {
        this.accounts = accounts;
        this.userId = userId;
        this.password = password;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAccountExists()) {
            return;
        }
        if (userId.isBlank()) {
            if (!demoData) {
                log.warn("There are no accounts yet. Start once with ACTRAJECT_BOOTSTRAP_ADMIN_USER and "
                        + "ACTRAJECT_BOOTSTRAP_ADMIN_PASSWORD set to create the first administrator.");
            }
            return;
        }
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalStateException("actraject.bootstrap.admin-password must have at least "
                    + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        accounts.create(userId, userId, "", null, password, Role.ADMINISTRATOR, Role.COORDINATOR);
        log.info("Created the first administrator account '{}'", userId);
    }
}
