package be.actraject.web.security;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.DemoAccounts;
import be.actraject.web.support.WebClient;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over HTTP: a successful sign-in gives the browser its device cookie — HttpOnly, SameSite=Lax, for the login form
 * only, valid 180 days, Secure over HTTPS — and a browser with it signs in while someone elsewhere keeps the name
 * locked; a browser without it is held up by the lock as before.
 */
@FullStackTest
class DeviceCookieWebTest {

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    Accounts accounts;
    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void aSignInGivesTheBrowserADeviceCookieForTheLoginFormOnly() {
        String user = account();
        WebClient browser = new WebClient(port);
        HttpResponse<String> signedIn = browser.post("/login", Map.of("username", user,
                "password", DemoAccounts.PASSWORD, "_csrf", browser.csrf("/login")));

        assertThat(deviceCookie(signedIn)).startsWith(DeviceCookie.NAME + "=v1.")
                .contains("; Path=/login", "; Max-Age=" + Duration.ofDays(180).toSeconds(), "; HttpOnly",
                        "; SameSite=Lax")
                .doesNotContain("Secure");

        WebClient behindProxy = new WebClient(port);
        HttpResponse<String> overHttps = behindProxy.post("/login", Map.of("username", user,
                "password", DemoAccounts.PASSWORD, "_csrf", behindProxy.csrf("/login")), "X-Forwarded-Proto", "https");
        assertThat(deviceCookie(overHttps)).contains("; Secure");

        HttpResponse<String> refused = new WebClient(port).post("/login", Map.of("username", user,
                "password", "verkeerd-wachtwoord", "_csrf", new WebClient(port).csrf("/login")));
        assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(DeviceCookie.NAME));
    }

    @Test
    void theOwnersBrowserSignsInWhileTheNameIsLockedAndAnotherDoesNot() {
        String user = account();
        WebClient owner = new WebClient(port).signIn(user);
        lockForFiveMinutes(user);

        WebClient elsewhere = new WebClient(port);
        HttpResponse<String> refused = elsewhere.post("/login", Map.of("username", user,
                "password", DemoAccounts.PASSWORD, "_csrf", elsewhere.csrf("/login")));
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
        assertThat(elsewhere.get("/login?error").body()).contains("tijdelijk geblokkeerd");

        owner.signIn(user);
        assertThat(owner.get("/tasks").statusCode()).isEqualTo(200);
    }

    private String account() {
        String userId = "k" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(userId, "Toestel", "Test", null, DemoAccounts.PASSWORD, Role.COACH);
        return userId;
    }

    /** As eight wrong passwords from elsewhere leave it, a moment after the last. */
    private void lockForFiveMinutes(String userId) {
        engine.getCommandExecutorTxRequired().execute(context -> {
            UserEntity entity = context.getDbEntityManager().selectById(UserEntity.class, userId);
            context.getIdentityInfoManager().updateUserLock(entity, 8,
                    Date.from(clock.instant().plus(Duration.ofMinutes(5))));
            return null;
        });
    }

    private static String deviceCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(DeviceCookie.NAME + "=")).toList();
        assertThat(cookies).as("a device cookie").hasSize(1);
        return cookies.get(0);
    }
}
