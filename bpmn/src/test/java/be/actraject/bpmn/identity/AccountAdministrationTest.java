package be.actraject.bpmn.identity;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.audit.AuditEntry;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditReason;
import be.actraject.domain.audit.AuditLog;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accounts on the engine's identity store: hashed passwords, the product's password rule for every account, locking
 * after wrong passwords, roles, unlocking and new passwords in the audit log.
 */
@SpringBootTest
class AccountAdministrationTest {

    private static final Actor ADMIN = Actor.of("root", Role.ADMINISTRATOR);

    @Autowired
    AccountAdministration administration;
    @Autowired
    Accounts accounts;
    @Autowired
    IdentityService identity;
    @Autowired
    SignIn signIn;
    @Autowired
    AuditLog audit;

    @Test
    void aNewAccountSignsInWithItsPasswordInItsRoles() {
        administration.create("jan", "Jan", "Peeters", "jan@example.be", "lang-genoeg-1",
                EnumSet.of(Role.COACH, Role.OFFICE), ADMIN);

        assertThat(signIn.attempt("jan", "lang-genoeg-1", "10.2.0.1")).isInstanceOfSatisfying(
                SignInOutcome.SignedIn.class,
                s -> assertThat(s.account().roles()).containsExactlyInAnyOrder(Role.COACH, Role.OFFICE));
        assertThat(signIn.attempt("jan", "verkeerd", "10.2.0.1")).isInstanceOf(SignInOutcome.Refused.class);
        assertThatThrownBy(() -> administration.create("jan", "Jan", "P", null, "lang-genoeg-1", Set.of(Role.COACH),
                ADMIN)).isInstanceOf(AccountExistsException.class);
    }

    @Test
    void aNamePastedWithAnInvisibleSpaceMakesTheAccountOfTheNameItself() {
        administration.create("\u00A0greet\u202F", "Greet", "Smet", null, "lang-genoeg-4", Set.of(Role.COACH), ADMIN);

        assertThat(identity.createUserQuery().userId("greet").count()).isEqualTo(1);
        assertThat(signIn.attempt("greet", "lang-genoeg-4", "10.2.0.3")).isInstanceOf(SignInOutcome.SignedIn.class);
        assertThatThrownBy(() -> administration.create("greet\uFEFF", "Greet", "S", null, "lang-genoeg-4",
                Set.of(Role.COACH), ADMIN)).isInstanceOf(AccountExistsException.class);
    }

    @Test
    void thePasswordIsStoredHashedWithPbkdf2() {
        administration.create("els", "Els", "Maes", null, "lang-genoeg-2", Set.of(Role.COACH), ADMIN);

        String stored = ((org.camunda.bpm.engine.impl.persistence.entity.UserEntity)
                identity.createUserQuery().userId("els").singleResult()).getPassword();
        assertThat(stored).startsWith("{PBKDF2}").doesNotContain("lang-genoeg-2");
    }

    @Test
    void anAccountLockedByWrongPasswordsIsUnlockedByAnAdministratorInTheAuditLog() {
        administration.create("piet", "Piet", "Claes", null, "lang-genoeg-3", Set.of(Role.COACH), ADMIN);

        signIn.attempt("piet", "fout", "10.2.0.2");
        assertThat(signIn.attempt("piet", "lang-genoeg-3", "10.2.0.2")).as("locked for a while")
                .isInstanceOf(SignInOutcome.NameLocked.class);
        assertThat(summary("piet")).satisfies(a -> {
            assertThat(a.isLocked()).isTrue();
            assertThat(a.lockedUntil()).isNotNull();
            assertThat(a.permanentlyLocked()).isFalse();
            assertThat(a.failedAttempts()).isEqualTo(1);
        });

        administration.unlock("piet", ADMIN);
        assertThat(summary("piet").isLocked()).isFalse();
        assertThat(signIn.attempt("piet", "lang-genoeg-3", "10.2.0.2")).isInstanceOf(SignInOutcome.SignedIn.class);
        assertThat(latest()).satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(AuditKind.ACCOUNT_UNLOCKED);
            assertThat(e.getActor()).isEqualTo("root");
            assertThat(e.getSubject()).isEqualTo("piet");
            assertThat(e.getReason().code()).isEqualTo(AuditReason.LOCK_STATE);
            assertThat(e.getReason().arguments()).first().isEqualTo("1");
            assertThat(e.getReason().arguments().get(1)).startsWith("20");
        });
    }

    @Test
    void aNewPasswordUnlocksAndIsAudited() {
        administration.create("lies", "Lies", "Jacobs", null, "lang-genoeg-6", Set.of(Role.COACH), ADMIN);
        signIn.attempt("lies", "fout", "10.2.0.3");

        administration.setPassword("lies", "nieuw-wachtwoord", ADMIN);

        assertThat(signIn.attempt("lies", "nieuw-wachtwoord", "10.2.0.3")).isInstanceOf(SignInOutcome.SignedIn.class);
        assertThat(latest().getKind()).isEqualTo(AuditKind.ACCOUNT_PASSWORD_SET);
        assertThat(latest().getSubject()).isEqualTo("lies");
        assertThat(latest().getDetail()).isNull();
        assertThat(latest().getReason().arguments()).noneMatch(a -> a.contains("nieuw-wachtwoord"));
    }

    @Test
    void everyAccountFollowsThePasswordRuleHoweverItIsMade() {
        assertThatThrownBy(() -> accounts.create("kort", "K", "Ort", null, "demo", Role.COACH))
                .isInstanceOf(WeakPasswordException.class);
        assertThat(accounts.find("kort")).isEmpty();
    }

    private AccountSummary summary(String userId) {
        return administration.all(ADMIN).stream().filter(a -> a.userId().equals(userId)).findFirst().orElseThrow();
    }

    private AuditEntry latest() {
        return audit.latest(1, ADMIN).get(0);
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
