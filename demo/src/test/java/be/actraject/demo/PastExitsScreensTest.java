package be.actraject.demo;

import be.actraject.domain.aftercare.Situation;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.ExitType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17 as a new user tries it on the demo data: the coordinator's survival page has rows for last year's and the
 * year before's exits with figures at 3, 6, 12 (and 24) months, each equal to what {@link PastExits} put in (counted here
 * from its list, not copied from the screen), and a former candidate's dossier shows the past exit day and the
 * answered follow-ups.
 */
@FullStackTest
class PastExitsScreensTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    Clock clock;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** One group of the survival table, counted from the demo's list: exits, and per moment due/answered/in business. */
    private static final class Expected {
        long exited;
        final long[] due = new long[PastExit.MOMENTS.size()];
        final long[] answered = new long[PastExit.MOMENTS.size()];
        final long[] inBusiness = new long[PastExit.MOMENTS.size()];
    }

    private static Map<String, Expected> expected(LocalDate today) {
        Map<String, Expected> groups = new TreeMap<>();
        for (PastExit past : PastExits.EXITS) {
            Expected e = groups.computeIfAbsent(past.exitDay(today).getYear() + "-" + past.exitType(),
                    k -> new Expected());
            e.exited++;
            for (int i = 0; i < PastExit.MOMENTS.size(); i++) {
                int months = PastExit.MOMENTS.get(i);
                // A stop starts no aftercare: it reaches no moment.
                if (past.exitType() != ExitType.STOPPED && !past.momentDay(months, today).isAfter(today)) {
                    e.due[i]++;
                }
                Situation answer = past.answerAt(months, today);
                if (answer != null) {
                    e.answered[i]++;
                    e.inBusiness[i] += answer.inBusiness() ? 1 : 0;
                }
            }
        }
        return groups;
    }

    private static String row(String page, String key) {
        int from = page.indexOf("data-row=\"" + key + "\"");
        assertThat(from).as("row " + key).isPositive();
        return page.substring(from, page.indexOf("</tr>", from));
    }

    private static String cell(String row, int months) {
        int from = row.indexOf("data-months=\"" + months + "\"");
        assertThat(from).as("cell at " + months + " months").isPositive();
        return row.substring(from, row.indexOf("</td>", from));
    }

    private static String percent(long part, long whole) {
        NumberFormat format = NumberFormat.getPercentInstance(DUTCH);
        format.setMaximumFractionDigits(0);
        return format.format((double) part / whole);
    }

    @Test
    void theSurvivalPageShowsTheFiguresOfTheDemosPastExits() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Map<String, Expected> groups = expected(today);
        assertThat(groups.keySet()).as("rows for both past years").anyMatch(k -> k.startsWith(today.getYear() - 1 + "-"))
                .anyMatch(k -> k.startsWith(today.getYear() - 2 + "-"));
        for (int i = 0; i < 3; i++) {
            int at = i;
            assertThat(groups.values().stream().mapToLong(e -> e.answered[at]).sum())
                    .as("answers at " + PastExit.MOMENTS.get(i) + " months").isGreaterThan(3);
            assertThat(groups.values().stream().mapToLong(e -> e.due[at] - e.answered[at]).sum())
                    .as("some not reached at " + PastExit.MOMENTS.get(i) + " months").isPositive();
        }

        String report = page(signIn("coordinator"), "/reports/survival");

        groups.forEach((key, e) -> {
            String figures = row(report, key);
            assertThat(figures).as(key).contains("<td class=\"text-end\">" + e.exited + "</td>");
            for (int i = 0; i < PastExit.MOMENTS.size(); i++) {
                int months = PastExit.MOMENTS.get(i);
                int at = i;
                if (groups.values().stream().allMatch(g -> g.due[at] == 0)) {
                    // A moment no exit has reached has no column (the demo's other exits are of this year).
                    assertThat(report).doesNotContain("data-months=\"" + months + "\"");
                    continue;
                }
                String cell = cell(figures, months);
                if (e.due[i] == 0) {
                    assertThat(cell).as(key + " at " + months)
                            .contains(key.endsWith("-" + ExitType.STOPPED) ? "geen nazorg" : "nog niet");
                    continue;
                }
                assertThat(cell).as(key + " at " + months).contains(e.answered[i] == 0 ? "geen antwoord"
                                : e.inBusiness[i] + " van " + e.answered[i] + " (" + percent(e.inBusiness[i],
                                e.answered[i]) + ")", "onbekend: " + (e.due[i] - e.answered[i]));
            }
        });
    }

    @Test
    void aFormerCandidatesDossierShowsThePastExitAndTheAnsweredFollowUps() throws Exception {
        LocalDate today = LocalDate.now(clock);
        PastExit elke = PastExits.EXITS.get(0);
        assertThat(elke.exitType()).isEqualTo(ExitType.SELF_EMPLOYED);
        Long candidate = jdbc.queryForObject("select id from candidate where first_name = ? and last_name = ?",
                Long.class, elke.firstName(), elke.lastName());

        String dossier = page(signIn("coach"), "/candidates/" + candidate);

        assertThat(dossier).contains(elke.exitDay(today).format(DAY), "Na de uitstroom", "Nog zelfstandig: ja");
        String aftercare = dossier.substring(dossier.indexOf("data-testid=\"dossier-aftercare\""));
        for (int months : List.of(3, 6, 12, 24)) {
            Situation answer = elke.answerAt(months, today);
            assertThat(answer).isNotNull();
            assertThat(aftercare).contains("Na " + months + " maanden", elke.contactedOn(months, today).format(DAY)
                    + ": " + messages.getMessage("situation." + answer, null, DUTCH));
        }
        assertThat(aftercare.substring(0, aftercare.indexOf("</ul>"))).doesNotContain("nog geen antwoord",
                "Na 36 maanden");
        assertThat(elke.contactedOn(3, today)).isAfter(elke.exitDay(today)).isBefore(today);
    }

    /** A stop starts no aftercare: the dossier says no follow-up is missing, as the survival page says none is due. */
    @Test
    void aStoppedCandidatesDossierWaitsForNoFollowUp() throws Exception {
        PastExit stopped = PastExits.EXITS.stream().filter(p -> p.exitType() == ExitType.STOPPED).findFirst()
                .orElseThrow();
        Long candidate = jdbc.queryForObject("select id from candidate where first_name = ? and last_name = ?",
                Long.class, stopped.firstName(), stopped.lastName());

        String dossier = page(signIn("coordinator"), "/candidates/" + candidate);

        assertThat(dossier).contains(stopped.exitDay(LocalDate.now(clock)).format(DAY))
                .doesNotContain("nog geen antwoord");
    }
}
