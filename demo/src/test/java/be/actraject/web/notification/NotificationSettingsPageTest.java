package be.actraject.web.notification;

import be.actraject.domain.access.Actor;
import be.actraject.domain.notification.NotificationKind;
import be.actraject.domain.notification.NotificationSettings;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mijn meldingen": every role reaches its own page from the menu, every kind is on until turned off, a choice is
 * kept, and whose settings change comes from the sign-in only — a user id in the form changes nobody else's.
 */
@FullStackTest
class NotificationSettingsPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    NotificationSettings settings;

    @AfterEach
    void everythingOnAgain() {
        for (String user : new String[]{"coach", "coach2", "office"}) {
            settings.choose(EnumSet.allOf(NotificationKind.class), Actor.of(user, Role.COACH));
        }
    }

    @Test
    void everyRoleFindsItsPageInTheMenuWithEveryKindOn() throws Exception {
        for (String user : new String[]{"coach", "coordinator", "office", "admin"}) {
            MockHttpSession session = signIn(user);
            // The link sits in the layout's user menu, the same on every page.
            assertThat(page("/account/notifications", session)).as(user)
                    .contains("Mijn meldingen", "Een collega draagt een taak aan mij over",
                            "href=\"/account/notifications\"");
            assertThat(checked(page("/account/notifications", session))).as(user)
                    .containsExactlyInAnyOrder("TASK_HANDED_OVER", "INVOICE_SENT_BACK");
        }
    }

    @Test
    void aChoiceIsKeptAndShownAgain() throws Exception {
        MockHttpSession session = signIn("coach2");

        mvc.perform(post("/account/notifications").session(session).with(csrf()).param("kind", "INVOICE_SENT_BACK"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/account/notifications"));

        assertThat(settings.wants("coach2", NotificationKind.TASK_HANDED_OVER)).isFalse();
        assertThat(settings.wants("coach2", NotificationKind.INVOICE_SENT_BACK)).isTrue();
        String page = page("/account/notifications", session);
        assertThat(page).contains("Je keuze is opgeslagen.", "Meldingen gaan naar karel@example.be.");
        assertThat(checked(page)).containsExactly("INVOICE_SENT_BACK");
        assertThat(page("/account/notifications?lang=en", session)).contains("My notifications");
    }

    @Test
    void aUserIdInTheFormChangesOnlyTheSignedInUsersOwn() throws Exception {
        mvc.perform(post("/account/notifications").session(signIn("office")).with(csrf())
                .param("userId", "coach").param("user", "coach").param("kind", "NO_SUCH_KIND"))
                .andExpect(status().is3xxRedirection());

        assertThat(settings.wants("coach", NotificationKind.TASK_HANDED_OVER)).isTrue();
        assertThat(settings.wants("coach", NotificationKind.INVOICE_SENT_BACK)).isTrue();
        assertThat(settings.wants("office", NotificationKind.TASK_HANDED_OVER)).isFalse();
        assertThat(settings.wants("office", NotificationKind.INVOICE_SENT_BACK)).isFalse();
    }

    @Test
    void withoutASignInThePageIsNotShown() throws Exception {
        mvc.perform(get("/account/notifications")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/notifications").param("kind", "TASK_HANDED_OVER"))
                .andExpect(status().isForbidden());
    }

    /** The kinds whose box the page shows ticked. */
    private static List<String> checked(String page) {
        List<String> ticked = new ArrayList<>();
        Matcher box = Pattern.compile("<input[^>]*name=\"kind\"[^>]*>").matcher(page);
        while (box.find()) {
            Matcher value = Pattern.compile("value=\"([A-Z_]+)\"").matcher(box.group());
            if (box.group().contains("checked") && value.find()) {
                ticked.add(value.group(1));
            }
        }
        return ticked;
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }
}
