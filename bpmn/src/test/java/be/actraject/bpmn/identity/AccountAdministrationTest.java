package be.actraject.bpmn.identity;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts on the engine's identity store: hashed passwords, locking after wrong ones, roles, unlocking. */
@SpringBootTest
class AccountAdministrationTest {

    private static final Actor ADMIN = Actor.of("root", Role.ADMINISTRATOR);

    @Autowired
    AccountAdministration administration;
    @Autowired
    Accounts accounts;
    @Autowired
    IdentityService identity;

    @Test
    void aNewAccountSignsInWithItsPasswordInItsRoles() {
        administration.create("jan", "Jan", "Peeters", "jan@example.be", "lang-genoeg-1",
                EnumSet.of(Role.COACH, Role.OFFICE), ADMIN);

        assertThat(accounts.authenticate("jan", "lang-genoeg-1")).get()
                .satisfies(a -> assertThat(a.roles()).containsExactlyInAnyOrder(Role.COACH, Role.OFFICE));
        assertThat(accounts.authenticate("jan", "verkeerd")).isEmpty();
        assertThatThrownBy(() -> administration.create("jan", "Jan", "P", null, "lang-genoeg-1", Set.of(Role.COACH),
                ADMIN)).isInstanceOf(AccountExistsException.class);
    }

    @Test
    void thePasswordIsStoredHashedWithPbkdf2() {
        administration.create("els", "Els", "Maes", null, "lang-genoeg-2", Set.of(Role.COACH), ADMIN);

        String stored = ((org.camunda.bpm.engine.impl.persistence.entity.UserEntity)
                identity.createUserQuery().userId("els").singleResult()).getPassword();
        assertThat(stored).startsWith("{PBKDF2}").doesNotContain("lang-genoeg-2");
    }

    @Test
    void anAccountLockedByWrongPasswordsIsUnlockedByAnAdministrator() {
        administration.create("piet", "Piet", "Claes", null, "lang-genoeg-3", Set.of(Role.COACH), ADMIN);

        accounts.authenticate("piet", "fout");
        assertThat(accounts.authenticate("piet", "lang-genoeg-3")).as("locked for a while").isEmpty();
        assertThat(administration.all(ADMIN)).filteredOn(a -> a.userId().equals("piet")).singleElement()
                .satisfies(a -> assertThat(a.isLocked(Instant.now())).isTrue());

        administration.unlock("piet", ADMIN);
        assertThat(accounts.authenticate("piet", "lang-genoeg-3")).isPresent();
    }

    @Test
    void rolesChangeButAnAdministratorKeepsTheirOwn() {
        administration.create("root", "Root", "Admin", null, "lang-genoeg-4", Set.of(Role.ADMINISTRATOR), ADMIN);
        administration.create("ann", "Ann", "Wouters", null, "lang-genoeg-5", Set.of(Role.COACH), ADMIN);

        administration.changeRoles("ann", Set.of(Role.COORDINATOR), ADMIN);
        assertThat(accounts.find("ann")).get().satisfies(a -> assertThat(a.roles()).containsExactly(Role.COORDINATOR));
        assertThatThrownBy(() -> administration.changeRoles("root", Set.of(Role.COACH), ADMIN))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> administration.setPassword("ann", "kort", ADMIN))
                .isInstanceOf(WeakPasswordException.class);
        assertThatThrownBy(() -> administration.all(Actor.of("ann", Role.COORDINATOR)))
                .isInstanceOf(NotPermittedException.class);
    }
}
