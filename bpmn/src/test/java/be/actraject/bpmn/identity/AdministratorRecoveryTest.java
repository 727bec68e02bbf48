package be.actraject.bpmn.identity;

import be.actraject.bpmn.identity.AdministratorRecovery.Result;
import be.actraject.domain.access.Actor;
import be.actraject.domain.audit.AuditEntry;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditReason;
import be.actraject.domain.audit.AuditLog;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The operator's way in at start-up, on a database of its own that starts without accounts: the first
 * administrator; an administrator locked by wrong passwords unlocked with the password unchanged; one who forgot
 * the password given a new one and the role back on an explicit reset; each change in the audit log.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:administrator-recovery;DB_CLOSE_DELAY=-1")
class AdministratorRecoveryTest {

    private static final Actor READER = Actor.of("auditor", Role.ADMINISTRATOR);

    @Autowired
    AdministratorRecovery recovery;
    @Autowired
    SignIn signIn;
    @Autowired
    Accounts accounts;
    @Autowired
    IdentityService identity;
    @Autowired
    AuditLog audit;

    @Test
    void theOperatorGetsInOnAnEmptyDatabaseAndBackInWhenLockedOutOrForgotten() {
        assertThat(recovery.anyAccountExists()).isFalse();
        assertThatThrownBy(() -> recovery.bootstrap("beheerder", "kort", false))
                .isInstanceOf(WeakPasswordException.class);
        assertThat(recovery.anyAccountExists()).isFalse();

        // The first administrator of an empty database.
        assertThat(recovery.bootstrap("beheerder", "eerste-wachtwoord", false)).isEqualTo(Result.CREATED);
        assertThat(accounts.find("beheerder")).get()
                .satisfies(a -> assertThat(a.roles()).contains(Role.ADMINISTRATOR, Role.COORDINATOR));
        assertThat(latest()).extracting(AuditEntry::getKind, AuditEntry::getActor, AuditEntry::getSubject,
                AuditEntry::getReason).containsExactly(AuditKind.ADMINISTRATOR_BOOTSTRAPPED, "bootstrap", "beheerder",
                AuditReason.of(AuditReason.BOOTSTRAP_CREATED));
        assertThat(recovery.bootstrap("beheerder", "", false)).as("a start with the variables left set")
                .isEqualTo(Result.NOTHING);

        // Locked by wrong passwords: the start-up unlocks it, the password stays.
        signIn.attempt("beheerder", "geraden", "10.3.0.1");
        assertThat(signIn.attempt("beheerder", "eerste-wachtwoord", "10.3.0.1"))
                .isInstanceOf(SignInOutcome.NameLocked.class);
        assertThat(recovery.bootstrap("beheerder", "", false)).isEqualTo(Result.UNLOCKED);
        assertThat(latest().getReason().code()).isEqualTo(AuditReason.BOOTSTRAP_UNLOCKED);
        assertThat(latest().getReason().arguments()).first().isEqualTo("1");
        assertThat(signIn.attempt("beheerder", "eerste-wachtwoord", "10.3.0.1"))
                .isInstanceOf(SignInOutcome.SignedIn.class);

        // Forgotten, locked and no longer an administrator: the reset gives all back.
        signIn.attempt("beheerder", "geraden", "10.3.0.2");
        identity.deleteMembership("beheerder", Role.ADMINISTRATOR.groupId());
        assertThatThrownBy(() -> recovery.bootstrap("beheerder", "kort", true))
                .isInstanceOf(WeakPasswordException.class);
        assertThat(recovery.bootstrap("beheerder", "tweede-wachtwoord", true)).isEqualTo(Result.RESET);
        assertThat(signIn.attempt("beheerder", "tweede-wachtwoord", "10.3.0.2"))
                .isInstanceOfSatisfying(SignInOutcome.SignedIn.class,
                        s -> assertThat(s.account().roles()).contains(Role.ADMINISTRATOR));
        assertThat(latest().getReason().code()).isEqualTo(AuditReason.BOOTSTRAP_RESET);
        assertThat(latest().getReason().arguments()).first().isEqualTo("1");

        // Another name: only made on a reset.
        assertThat(recovery.bootstrap("noodbeheerder", "derde-wachtwoord", false)).isEqualTo(Result.NOT_FOUND);
        assertThat(accounts.find("noodbeheerder")).isEmpty();
        assertThat(recovery.bootstrap("noodbeheerder", "derde-wachtwoord", true)).isEqualTo(Result.CREATED);
        assertThat(signIn.attempt("noodbeheerder", "derde-wachtwoord", "10.3.0.3"))
                .isInstanceOf(SignInOutcome.SignedIn.class);

        List<AuditEntry> entries = audit.latest(10, READER);
        assertThat(entries).extracting(AuditEntry::getKind).containsOnly(AuditKind.ADMINISTRATOR_BOOTSTRAPPED)
                .hasSize(4);
    }

    private AuditEntry latest() {
        return audit.latest(1, READER).get(0);
    }
}
