package be.actraject.bpmn.identity;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import be.actraject.domain.audit.AuditReason;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What administrators do with accounts: list them with their roles and lock state, create them, change their
 * roles, set a new password and unlock an account the engine locked after wrong passwords. Only administrators; a
 * new password and an unlock are written to the audit log in their own transaction.
 */
@Service
public class AccountAdministration {

    public static final int MINIMUM_PASSWORD_LENGTH = 10;

    private final IdentityService identity;
    private final LockRule lockRule;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AccountAdministration(IdentityService identity, LockRule lockRule, AuditLog audit,
                          ApplicationEventPublisher events) {
        this.identity = identity;
        this.lockRule = lockRule;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> all(Actor admin) {
        requireAdministrator(admin);
        Map<String, Set<Role>> roles = new HashMap<>();
        for (Role role : Role.values()) {
            identity.createUserQuery().memberOfGroup(role.groupId()).list()
                    .forEach(u -> roles.computeIfAbsent(u.getId(), k -> EnumSet.noneOf(Role.class)).add(role));
        }
        Instant now = LockRule.now();
        return identity.createUserQuery().orderByUserLastName().asc().list().stream()
                .map(u -> summary(u, roles.getOrDefault(u.getId(), Set.of()), now))
                .toList();
    }

    /**
     * Creates an account. The user name is normalised as sign-in reads it ({@link UserNames#normalise}), so that a
     * name pasted with an invisible space is the name people sign in with.
     *
     * @throws AccountExistsException when the (normalised) name has an account already
     * @throws WeakPasswordException  for a password shorter than {@link #MINIMUM_PASSWORD_LENGTH}
     */
    @Transactional
    public void create(String typedUserId, String firstName, String lastName, String email, String password,
                       Set<Role> roles, Actor admin) {
        requireAdministrator(admin);
        String userId = UserNames.normalise(typedUserId);
        if (identity.createUserQuery().userId(userId).count() > 0) {
            throw new AccountExistsException(userId);
        }
        requireStrong(password);
        User user = identity.newUser(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password);
        identity.saveUser(user);
        roles.forEach(role -> identity.createMembership(userId, role.groupId()));
    }

    /**
     * Replaces the roles. An administrator cannot take the role away from themselves: someone must keep it. When the
     * roles differ from before, the account's sessions end once this commits ({@link AccountAccessChanged}).
     */
    @Transactional
    public void changeRoles(String userId, Set<Role> roles, Actor admin) {
        requireAdministrator(admin);
        requireExists(userId);
        if (userId.equals(admin.userId()) && !roles.contains(Role.ADMINISTRATOR)) {
            throw new NotPermittedException(admin.userId(), "remove their own administrator role");
        }
        Set<String> current = new HashSet<>();
        identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).forEach(current::add);
        boolean changed = false;
        for (Role role : Role.values()) {
            boolean wanted = roles.contains(role);
            boolean has = current.contains(role.groupId());
            if (wanted && !has) {
                identity.createMembership(userId, role.groupId());
            } else if (!wanted && has) {
                identity.deleteMembership(userId, role.groupId());
            }
            changed |= wanted != has;
        }
        if (changed) {
            events.publishEvent(new AccountAccessChanged(userId, AccountAccessChanged.Change.ROLES));
        }
    }

    /**
     * Sets a new password and lifts the lock; audited. The account's sessions end once this commits
     * ({@link AccountAccessChanged}): whoever signed in with the old password signs in again.
     *
     * @throws WeakPasswordException for a password shorter than {@link #MINIMUM_PASSWORD_LENGTH}
     */
    @Transactional
    public void setPassword(String userId, String password, Actor admin) {
        requireAdministrator(admin);
        requireStrong(password);
        User user = requireExists(userId);
        AuditReason lockState = lockState(user);
        user.setPassword(password);
        identity.saveUser(user);
        identity.unlockUser(userId);
        audit.record(AuditKind.ACCOUNT_PASSWORD_SET, admin.userId(), userId, null, lockState, userId);
        events.publishEvent(new AccountAccessChanged(userId, AccountAccessChanged.Change.PASSWORD));
    }

    /** Clears the lock and the count of wrong passwords, so that the next wrong one locks only briefly again. */
    @Transactional
    public void unlock(String userId, Actor admin) {
        requireAdministrator(admin);
        User user = requireExists(userId);
        AuditReason lockState = lockState(user);
        identity.unlockUser(userId);
        audit.record(AuditKind.ACCOUNT_UNLOCKED, admin.userId(), userId, null, lockState, userId);
    }

    private User requireExists(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new NotPermittedException(userId, "be changed: no such account");
        }
        return user;
    }

    /** The product's password rule, for every account however it is made. */
    static void requireStrong(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new WeakPasswordException();
        }
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new NotPermittedException(actor.userId(), "manage accounts");
        }
    }

    /** The lock state is not part of the engine's public user API; its entity holds it. */
    private AccountSummary summary(User user, Set<Role> roles, Instant now) {
        Instant lockedUntil = null;
        int attempts = 0;
        if (user instanceof UserEntity entity) {
            lockedUntil = entity.getLockExpirationTime() == null ? null : entity.getLockExpirationTime().toInstant();
            attempts = entity.getAttempts();
        }
        boolean temporarily = lockedUntil != null && lockedUntil.isAfter(now);
        return new AccountSummary(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail(), roles,
                temporarily ? lockedUntil : null, lockRule.isPermanent(attempts), attempts);
    }

    /** What the audit log keeps of the lock an administrator lifted. */
    private static AuditReason lockState(User user) {
        return user instanceof UserEntity entity ? lockState(AuditReason.LOCK_STATE, entity) : null;
    }

    /** The engine's count of wrong passwords and the end of its lock (empty for none), under {@code code}. */
    static AuditReason lockState(String code, UserEntity user) {
        return AuditReason.of(code, user.getAttempts(),
                user.getLockExpirationTime() == null ? "" : user.getLockExpirationTime().toInstant());
    }
}
