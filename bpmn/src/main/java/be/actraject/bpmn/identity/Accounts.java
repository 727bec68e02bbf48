package be.actraject.bpmn.identity;

import be.actraject.workflow.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Looks people up on the engine's identity store, and creates the accounts of a new installation. Signing in is
 * {@link SignIn}'s.
 */
@Service
public class Accounts {

    private final IdentityService identity;

    public Accounts(IdentityService identity) {
        this.identity = identity;
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        return Optional.of(new Account(user.getId(), user.getFirstName(), user.getLastName(), rolesOf(userId)));
    }

    /** The e-mail address of an account, when it has one: where notifications to that person go. */
    @Transactional(readOnly = true)
    public Optional<String> emailOf(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return Optional.ofNullable(user).map(User::getEmail).filter(e -> !e.isBlank()).map(String::strip);
    }

    /** The members of a role, by name: for instance the coaches a coordinator may pick from. */
    @Transactional(readOnly = true)
    public List<Account> members(Role role) {
        return identity.createUserQuery().memberOfGroup(role.groupId()).orderByUserLastName().asc().list().stream()
                .map(u -> new Account(u.getId(), u.getFirstName(), u.getLastName(), EnumSet.of(role)))
                .toList();
    }

    /** What to call each person, by user id; a cooperative has tens of accounts, not thousands. */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames() {
        return identity.createUserQuery().list().stream().collect(Collectors.toMap(User::getId,
                u -> new Account(u.getId(), u.getFirstName(), u.getLastName(), Set.of()).displayName()));
    }

    @Transactional(readOnly = true)
    public boolean isMember(String userId, Role role) {
        return identity.createUserQuery().userId(userId).memberOfGroup(role.groupId()).count() == 1;
    }

    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return identity.createUserQuery().count() > 0;
    }

    /**
     * Creates an account in the given roles; the password is stored hashed.
     *
     * @throws WeakPasswordException for a password shorter than {@link AccountAdministration#MINIMUM_PASSWORD_LENGTH}:
     *                               the demo's accounts and the first administrator follow the same rule as all others
     */
    @Transactional
    public void create(String userId, String firstName, String lastName, String email, String password,
                       Role... roles) {
        AccountAdministration.requireStrong(password);
        User user = identity.newUser(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password);
        identity.saveUser(user);
        Arrays.stream(roles).forEach(role -> identity.createMembership(userId, role.groupId()));
    }

    /** Creates the group of each role that does not exist yet; the models name them as candidate groups. */
    @Transactional
    public void ensureRoleGroups() {
        Set<String> existing = identity.createGroupQuery().list().stream().map(Group::getId)
                .collect(Collectors.toSet());
        for (Role role : Role.values()) {
            if (!existing.contains(role.groupId())) {
                Group group = identity.newGroup(role.groupId());
                group.setName(role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT));
                group.setType("WORKFLOW");
                identity.saveGroup(group);
            }
        }
    }

    private Set<Role> rolesOf(String userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        identity.createGroupQuery().groupMember(userId).list()
                .forEach(g -> Role.byGroupId(g.getId()).ifPresent(roles::add));
        return roles;
    }
}
