package be.actraject.web.admin;

import be.actraject.bpmn.identity.AccountAdministration;
import be.actraject.bpmn.identity.AccountExistsException;
import be.actraject.bpmn.identity.AccountSummary;
import be.actraject.bpmn.identity.WeakPasswordException;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AccountsController.class)
@Import(WebSliceConfiguration.class)
class AccountsControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AccountAdministration accounts;
    @MockitoBean
    WorkItems workItems;

    @Test
    void onlyAdministratorsManageAccounts() throws Exception {
        mvc.perform(get("/admin/accounts").with(SignedIn.coach())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").with(SignedIn.coordinator())).andExpect(status().isForbidden());
        for (var someone : List.of(SignedIn.coach(), SignedIn.coordinator(), SignedIn.office())) {
            mvc.perform(post("/admin/accounts/coach/unlock").with(csrf()).with(someone))
                    .andExpect(status().isForbidden());
        }
        verify(accounts, never()).unlock(any(), any());
    }

    @Test
    void anAdministratorUnlocksAnAccountWithAPostThatCarriesTheCsrfToken() throws Exception {
        mvc.perform(post("/admin/accounts/coach/unlock").with(SignedIn.as("admin", Role.ADMINISTRATOR)))
                .andExpect(status().isForbidden());
        verify(accounts, never()).unlock(any(), any());

        mvc.perform(post("/admin/accounts/coach/unlock").with(csrf()).with(SignedIn.as("admin", Role.ADMINISTRATOR)))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flashMessage("accounts.unlocked", "coach"));
        verify(accounts).unlock(eq("coach"), argThat(actor -> actor.userId().equals("admin")));
    }

    @Test
    void aWeakNewPasswordIsRefusedOnTheListItWasTypedOn() throws Exception {
        willThrow(new WeakPasswordException()).given(accounts).setPassword(eq("coach"), eq("kort"), any());

        mvc.perform(post("/admin/accounts/coach/password").with(csrf()).with(SignedIn.as("admin", Role.ADMINISTRATOR))
                        .param("password", "kort").header("Referer", "http://localhost/admin/accounts"))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flashMessage("accounts.password.weak", AccountAdministration.MINIMUM_PASSWORD_LENGTH));
    }

    @Test
    void theListShowsWhoIsLockedUntilWhenWithAWayToUnlock() throws Exception {
        given(accounts.all(any())).willReturn(List.of(
                new AccountSummary("coach", "Sofie", "Verstraete", null, EnumSet.of(Role.COACH),
                        Instant.parse("2026-11-20T09:35:00Z"), false, 3),
                new AccountSummary("oud", "Oud", "Account", null, EnumSet.of(Role.COACH), null, true, 10),
                new AccountSummary("office", "An", "Lambrecht", null, EnumSet.of(Role.OFFICE), null, false, 2),
                new AccountSummary("admin", "Lucas", "Desmet", null, EnumSet.of(Role.ADMINISTRATOR), null, false, 0)));

        String page = mvc.perform(get("/admin/accounts").with(SignedIn.as("admin", Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-lock=\"temporary\"", "Geblokkeerd", "tot 20/11/2026 10:35",
                "3 foute wachtwoorden sinds de laatste aanmelding", "/admin/accounts/coach/unlock");
        assertThat(page).contains("data-lock=\"permanent\"", "tot een beheerder het vrijgeeft",
                "/admin/accounts/oud/unlock");
        assertThat(page).as("wrong passwords but no lock now: the count can be cleared")
                .contains("2 foute wachtwoorden", "/admin/accounts/office/unlock", "Tellen herbeginnen");
        assertThat(page).doesNotContain("/admin/accounts/admin/unlock");
    }

    @Test
    void theListSpeaksEnglishToo() throws Exception {
        given(accounts.all(any())).willReturn(List.of(new AccountSummary("coach", "Sofie", "Verstraete", null,
                EnumSet.of(Role.COACH), Instant.parse("2026-11-20T09:35:00Z"), false, 1)));

        mvc.perform(get("/admin/accounts").param("lang", "en").with(SignedIn.as("admin", Role.ADMINISTRATOR)))
                .andExpect(content().string(containsString("until 20/11/2026 10:35")))
                .andExpect(content().string(containsString("1 wrong password since the last sign-in")));
    }

    @Test
    void aNewAccountNeedsAProperUserIdAStrongPasswordAndARole() throws Exception {
        mvc.perform(post("/admin/accounts").with(csrf()).with(SignedIn.as("admin", Role.ADMINISTRATOR))
                        .param("userId", "Jan Peeters").param("firstName", "Jan").param("lastName", "Peeters")
                        .param("password", "kort"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("account", "userId", "password", "roles"))
                .andExpect(content().string(containsString("Kies minstens één rol.")))
                .andExpect(content().string(containsString("Een wachtwoord heeft minstens 10 tekens.")));
        verify(accounts, never()).create(any(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void anExistingUserIdIsToldBesideTheField() throws Exception {
        willThrow(new AccountExistsException("jan")).given(accounts)
                .create(eq("jan"), any(), any(), any(), any(), any(), any());

        mvc.perform(post("/admin/accounts").with(csrf()).with(SignedIn.as("admin", Role.ADMINISTRATOR))
                        .param("userId", "jan").param("firstName", "Jan").param("lastName", "Peeters")
                        .param("password", "lang-genoeg-1").param("roles", "COACH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er bestaat al een account met deze gebruikersnaam.")));
    }

    @Test
    void aValidAccountIsCreatedInItsRoles() throws Exception {
        mvc.perform(post("/admin/accounts").with(csrf()).with(SignedIn.as("admin", Role.ADMINISTRATOR))
                        .param("userId", "jan").param("firstName", "Jan").param("lastName", "Peeters")
                        .param("password", "lang-genoeg-1").param("roles", "COACH", "OFFICE"))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flashMessage("accounts.created", "jan"));
        verify(accounts).create(eq("jan"), eq("Jan"), eq("Peeters"), any(), eq("lang-genoeg-1"),
                eq(Set.of(Role.COACH, Role.OFFICE)), any());
    }

    @Test
    void aUserIdPastedWithAnInvisibleSpaceIsTheIdItself() throws Exception {
        mvc.perform(post("/admin/accounts").with(csrf()).with(SignedIn.as("admin", Role.ADMINISTRATOR))
                        .param("userId", "\u00A0jan\u202F").param("firstName", "Jan").param("lastName", "Peeters")
                        .param("password", "lang-genoeg-1").param("roles", "COACH"))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flashMessage("accounts.created", "jan"));
        verify(accounts).create(eq("jan"), eq("Jan"), eq("Peeters"), any(), eq("lang-genoeg-1"),
                eq(Set.of(Role.COACH)), any());
    }
}
