package be.actraject.bpmn.identity;

import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import be.actraject.domain.audit.AuditReason;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way in for the operator of the installation, at start-up, from the bootstrap variables: the first
 * administrator of an empty database, and the way back when every administrator is locked out or has forgotten the
 * password. Each change is one transaction with its audit entry, whose actor is {@value #ACTOR}.
 */
@Service
public class AdministratorRecovery {

    static final String ACTOR = "bootstrap";

    /** What the start-up did. */
    public enum Result {
        /** Nothing to do: the account exists, is not locked and no reset was asked. */
        NOTHING,
        /** The account did not exist and was made, administrator and coordinator. */
        CREATED,
        /** The account's lock after wrong passwords was lifted; its password is unchanged. */
        UNLOCKED,
        /** The account has the given password, no lock and the administrator role. */
        RESET,
        /** The account does not exist, other accounts do, and no reset was asked: nothing was made. */
        NOT_FOUND
    }

    private final IdentityService identity;
    private final Accounts accounts;
    private final AuditLog audit;

    AdministratorRecovery(IdentityService identity, Accounts accounts, AuditLog audit) {
        this.identity = identity;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Whether the database has any account yet: without one, {@link #bootstrap} makes the first. */
    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.anyAccountExists();
    }

    /**
     * On an empty database, creates {@code userId}. Otherwise unlocks it, and with {@code reset} also gives it
     * {@code password} and the administrator role (creating it if it does not exist).
     *
     * @throws WeakPasswordException when a password is to be set and is shorter than the product's minimum
     */
    @Transactional
    public Result bootstrap(String typedUserId, String password, boolean reset) {
        String userId = UserNames.normalise(typedUserId);
        UserEntity user = (UserEntity) identity.createUserQuery().userId(userId).singleResult();
        if (user == null && (reset || !accounts.anyAccountExists())) {
            accounts.create(userId, userId, "", null, password, Role.ADMINISTRATOR, Role.COORDINATOR);
            audit.record(AuditKind.ADMINISTRATOR_BOOTSTRAPPED, ACTOR, userId, null,
                    AuditReason.of(AuditReason.BOOTSTRAP_CREATED), userId);
            return Result.CREATED;
        }
        if (user == null) {
            return Result.NOT_FOUND;
        }
        if (reset) {
            AuditReason reason = AccountAdministration.lockState(AuditReason.BOOTSTRAP_RESET, user);
            AccountAdministration.requireStrong(password);
            user.setPassword(password);
            identity.saveUser(user);
            identity.unlockUser(userId);
            if (!accounts.isMember(userId, Role.ADMINISTRATOR)) {
                identity.createMembership(userId, Role.ADMINISTRATOR.groupId());
            }
            audit.record(AuditKind.ADMINISTRATOR_BOOTSTRAPPED, ACTOR, userId, null, reason, userId);
            return Result.RESET;
        }
        if (user.getAttempts() > 0 || user.getLockExpirationTime() != null) {
            AuditReason reason = AccountAdministration.lockState(AuditReason.BOOTSTRAP_UNLOCKED, user);
            identity.unlockUser(userId);
            audit.record(AuditKind.ADMINISTRATOR_BOOTSTRAPPED, ACTOR, userId, null, reason, userId);
            return Result.UNLOCKED;
        }
        return Result.NOTHING;
    }
}
