package be.actraject.web.security;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.DemoAccounts;
import be.actraject.web.support.WebClient;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over HTTP on the whole application: when an administrator takes a role away or sets a new password, that person's
 * sessions end — their next request, a write too, goes to the login page, which says why in their language, and
 * nothing of the request is done — while everyone else's sessions go on. Signing in again gives the roles as they are
 * now. Accounts of its own, so that the demo's stay as they are for the other tests of the context.
 */
@FullStackTest
class SessionsEndedOnChangeTest {

    private static final String NEW_PASSWORD = "een-nieuw-wachtwoord";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    @Test
    void aRoleTakenAwayEndsThatPersonsSessionsAndNobodyElses() {
        String coordinator = account(Role.COORDINATOR, Role.ADMINISTRATOR);
        WebClient them = new WebClient(port).signIn(coordinator);
        WebClient otherSession = new WebClient(port).signIn(coordinator);
        WebClient admin = new WebClient(port).signIn("admin");
        WebClient coach = new WebClient(port).signIn("coach");
        assertThat(them.get("/admin/accounts").statusCode()).isEqualTo(200);
        String theirToken = them.csrf("/admin/accounts");

        HttpResponse<String> changed = admin.post("/admin/accounts/" + coordinator + "/roles",
                Map.of("roles", "COORDINATOR", "_csrf", admin.csrf("/admin/accounts")));
        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/admin/accounts"));

        HttpResponse<String> giveItBack = them.post("/admin/accounts/" + coordinator + "/roles",
                Map.of("roles", "ADMINISTRATOR", "_csrf", theirToken));
        assertThat(giveItBack.statusCode()).isEqualTo(302);
        assertThat(giveItBack.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/login?ended=roles"));
        assertThat(accounts.find(coordinator).orElseThrow().roles()).containsExactly(Role.COORDINATOR);
        assertThat(them.get("/login?ended=roles").body()).contains("Je rechten zijn gewijzigd; meld je opnieuw aan.");
        assertThat(them.get("/admin/accounts").headers().firstValue("Location")).as("signed out")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(otherSession.get("/admin/accounts?lang=en").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended=roles"));

        assertThat(admin.get("/admin/accounts").statusCode()).as("the administrator's session").isEqualTo(200);
        assertThat(coach.get("/tasks").statusCode()).as("a coach's session").isEqualTo(200);

        them.signIn(coordinator);
        assertThat(them.get("/admin/accounts").statusCode()).as("signed in again, as coordinator only")
                .isEqualTo(403);
        assertThat(them.get("/tasks").statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordSetByAnAdministratorEndsThatPersonsSessions() {
        String coach = account(Role.COACH);
        WebClient them = new WebClient(port).signIn(coach);
        WebClient admin = new WebClient(port).signIn("admin");
        WebClient office = new WebClient(port).signIn("office");
        them.get("/tasks?lang=en");

        admin.post("/admin/accounts/" + coach + "/password",
                Map.of("password", NEW_PASSWORD, "_csrf", admin.csrf("/admin/accounts")));

        HttpResponse<String> next = them.get("/tasks");
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/login?ended=password"));
        assertThat(them.get("/login?ended=password").body()).as("in the language they chose")
                .contains("An administrator changed your password; please sign in again with the new password.");
        assertThat(office.get("/tasks").statusCode()).as("someone else's session").isEqualTo(200);
        assertThat(admin.get("/admin/accounts").statusCode()).isEqualTo(200);

        WebClient elsewhere = new WebClient(port);
        HttpResponse<String> old = elsewhere.post("/login", Map.of("username", coach,
                "password", DemoAccounts.PASSWORD, "_csrf", elsewhere.csrf("/login")));
        assertThat(old.headers().firstValue("Location")).as("the old password")
                .hasValueSatisfying(l -> assertThat(l).contains("error"));
        HttpResponse<String> signedIn = them.post("/login", Map.of("username", coach, "password", NEW_PASSWORD,
                "_csrf", them.csrf("/login")));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .doesNotContain("error"));
        assertThat(them.get("/tasks").statusCode()).isEqualTo(200);
    }

    @Test
    void unchangedRolesEndNoSession() {
        String coach = account(Role.COACH);
        WebClient them = new WebClient(port).signIn(coach);
        WebClient admin = new WebClient(port).signIn("admin");

        admin.post("/admin/accounts/" + coach + "/roles", Map.of("roles", "COACH", "_csrf",
                admin.csrf("/admin/accounts")));

        assertThat(them.get("/tasks").statusCode()).isEqualTo(200);
    }

    @Test
    void aUserNamePastedWithANoBreakSpaceSignsIn() {
        WebClient browser = new WebClient(port);
        HttpResponse<String> signedIn = browser.post("/login", Map.of("username", "coach\u00A0",
                "password", DemoAccounts.PASSWORD, "_csrf", browser.csrf("/login")));

        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .doesNotContain("error"));
        assertThat(browser.get("/tasks").body()).contains("Sofie Verstraete");
    }

    /** A new account in these roles, with the demo's password. */
    private String account(Role... roles) {
        String userId = "s" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(userId, "Sessie", "Test", null, DemoAccounts.PASSWORD, roles);
        return userId;
    }
}
