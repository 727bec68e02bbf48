package be.actraject.web.admin;

import be.actraject.bpmn.identity.AdministratorRecovery;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Which of the operator's variables lead to what at start-up (the recovery itself: the bpmn module's
 * {@code AdministratorRecoveryTest}): nothing without a user; a password of twelve characters at least wherever one is
 * set; an existing account unlocked without one; a reset only when asked.
 */
class AdministratorBootstrapTest {

    private final AdministratorRecovery recovery = mock(AdministratorRecovery.class);

    @Test
    void withoutAUserNothingHappens() {
        run("", "", false);
        verify(recovery, never()).bootstrap(anyString(), anyString(), anyBoolean());
    }

    @Test
    void theFirstAdministratorNeedsAStrongPassword() {
        given(recovery.anyAccountExists()).willReturn(false);
        assertThatThrownBy(() -> run("beheerder", "elf-tekens!", false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("actraject.bootstrap.admin-password");

        run("beheerder", "twaalf-tekens", false);
        verify(recovery).bootstrap("beheerder", "twaalf-tekens", false);
    }

    @Test
    void anExistingAccountIsUnlockedWithoutAPasswordAndResetOnlyWithOne() {
        given(recovery.anyAccountExists()).willReturn(true);
        run(" beheerder ", "", false);
        verify(recovery).bootstrap("beheerder", "", false);

        assertThatThrownBy(() -> run("beheerder", "", true)).isInstanceOf(IllegalStateException.class);
        run("beheerder", "een-nieuw-wachtwoord", true);
        verify(recovery).bootstrap("beheerder", "een-nieuw-wachtwoord", true);
    }

    private void run(String user, String password, boolean reset) {
        given(recovery.bootstrap(anyString(), anyString(), anyBoolean()))
                .willReturn(AdministratorRecovery.Result.NOTHING);
        new AdministratorBootstrap(recovery, user, password, reset, false).run(new DefaultApplicationArguments());
    }
}
