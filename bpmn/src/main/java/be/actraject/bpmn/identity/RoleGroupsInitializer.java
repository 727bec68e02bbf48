package be.actraject.bpmn.identity;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the role groups exist on every start, on every database: a model whose candidate group does not
 * exist would create tasks that nobody sees.
 */
@Component
class RoleGroupsInitializer {

    private final Accounts accounts;

    RoleGroupsInitializer(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void ensureGroups() {
        accounts.ensureRoleGroups();
    }
}
