package be.actraject.web.fullstack;

import be.actraject.bpmn.exit.ExitTasks;
import be.actraject.domain.access.Actor;
import be.actraject.domain.conversation.ActionOwner;
import be.actraject.domain.conversation.ActionPointDraft;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.conversation.ConversationReport;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.domain.plan.ActionDraft;
import be.actraject.domain.plan.DevelopmentPlans;
import be.actraject.domain.plan.ObjectiveDraft;
import be.actraject.domain.plan.PlanDraft;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.pdf.PdfText;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The papers a coach prints from the dossier — the POP to sign, a conversation's report, the dossier summary — read
 * back from the PDF as a reader's tools would: Turkish names intact, dates as Belgians write them, a 75-letter Dutch
 * compound wrapped inside the page, a pasted non-breaking space printed; and handed out only to who may read the
 * dossier.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:printed-documents;DB_CLOSE_DELAY=-1")
@Tag("dates")
class DossierPapersTest {

    /** 75 letters, no space or hyphen: a compound a Dutch coach writes. */
    static final String WORD_75 = "Arbeidsongeschiktheidsverzekeringsmaatschappijgebouwonderhoudswerkzaamheden";
    private static final Actor COACH = Actor.of("coach", Role.COACH);
    private static final DateTimeFormatter BELGIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    DevelopmentPlans plans;
    @Autowired
    IndividualConversations conversations;
    @Autowired
    ExitTasks exits;

    private TestTrajectory cagri;
    private LocalDate today;

    @BeforeEach
    void aCandidateWithAPlanAndAConversation() {
        today = LocalDate.now(clock);
        cagri = new TestTrajectories(context).candidate("Çağrı", "Yılmaz").coachedBy("coach").atIntakeDecision();
        plans.record(cagri.trajectoryId(), new PlanDraft(List.of(new ObjectiveDraft(null,
                "Verzekering regelen voor de " + WORD_75,
                List.of(new ActionDraft("Prijs\u00A0berekenen met de boekhouder", today.plusWeeks(2), null),
                        new ActionDraft(WORD_75, today.plusMonths(1), today)))), today), COACH);
        conversations.record(cagri.trajectoryId(), new ConversationReport(today, ConversationKind.PHONE,
                "Opvolging " + WORD_75, "Çağrı belde over de offerte.", "Volgende week langs bij de bank.",
                today.plusWeeks(3), List.of(new ActionPointDraft("Offerte " + WORD_75 + " nakijken",
                ActionOwner.CANDIDATE, today.plusDays(10))), Map.of()), COACH);
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private PdfText download(String path, MockHttpSession session) throws Exception {
        return PdfText.of(mvc.perform(get(path).session(session))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray());
    }

    private String conversationPath() {
        long id = conversations.of(cagri.trajectoryId(), COACH).stream()
                .filter(c -> c.getKind() == ConversationKind.PHONE).findFirst().orElseThrow().getId();
        return cagri.dossier() + "/conversations/" + id + "/report.pdf";
    }

    private static void assertWrapsInsideThePage(PdfText printed) {
        // openhtmltopdf prints # for a character its font lacks.
        assertThat(printed.text()).doesNotContain("#");
        float rightMargin = printed.pageWidth() - 15 / 25.4f * 72;
        assertThat(printed.lines()).allSatisfy(line -> assertThat(line.rightEdge())
                .as("right edge of \"%s\"", line.text()).isLessThanOrEqualTo(rightMargin + 0.5f));
    }

    @Test
    void thePopPrintsTheObjectivesActionsAndDatesWithLinesForBothSignatures() throws Exception {
        PdfText pop = download(cagri.dossier() + "/plan.pdf", signIn("coach"));

        assertThat(pop.text().replace('\u00A0', ' ')).contains("Persoonlijk ontwikkelingsplan (POP)",
                "Çağrı Yılmaz", "coach Sofie Verstraete", "versie 2, akkoord op " + today.format(BELGIAN),
                "Prijs berekenen met de boekhouder", today.plusWeeks(2).format(BELGIAN),
                today.plusMonths(1).format(BELGIAN), "Opgemaakt te", "Handtekening kandidaat",
                "Handtekening coach", "Ondernemingsnummer");
        assertThat(pop.lineWith("Handtekening kandidaat", "Handtekening coach")).as("the signatures side by side")
                .isNotNull();
        // The long word wraps inside its own column: the objective's, left of the action's.
        PdfText.PrintedLine header = pop.lineWith("Doelstelling", "Actie", "Tegen");
        assertThat(pop.between(0, header.leftOf("Actie"))).contains("Verzekeringregelenvoorde" + WORD_75);
        assertThat(pop.between(header.leftOf("Actie"), header.leftOf("Tegen"))).contains(WORD_75);
        assertWrapsInsideThePage(pop);
    }

    @Test
    void theConversationReportPrintsItsTextAndActionPoints() throws Exception {
        PdfText report = download(conversationPath(), signIn("coach"));

        assertThat(report.text()).contains("Verslag individueel gesprek", "Çağrı Yılmaz", today.format(BELGIAN),
                "Telefonisch", "Sofie Verstraete", "Çağrı belde over de offerte.", "Volgende week langs bij de bank.",
                "Kandidaat", today.plusDays(10).format(BELGIAN),
                "Volgend gesprek: " + today.plusWeeks(3).format(BELGIAN));
        // The topics are a paragraph as wide as the page: the word's pieces are consecutive lines.
        assertThat(report.text().replaceAll("\\s", "")).contains("Opvolging" + WORD_75);
        PdfText.PrintedLine header = report.lineWith("Wat", "Door wie", "Tegen");
        assertThat(report.between(0, header.leftOf("Door wie"))).contains("Offerte" + WORD_75 + "nakijken");
        assertWrapsInsideThePage(report);
    }

    @Test
    void theSummaryPrintsThePersonThePhasesAndTheOpenActionPoints() throws Exception {
        PdfText summary = download(cagri.dossier() + "/summary.pdf", signIn("coach"));

        assertThat(summary.text()).contains("Samenvatting dossier", "Çağrı Yılmaz", "Proefstraat 1", "9000 Gent",
                "Sofie Verstraete", "Intake", "Fasen", "lopend", "Termijn fase 1–3", "Entre-spiegel afleggen",
                "Documenten");
        PdfText.PrintedLine header = summary.lineWith("Wat", "Door wie", "Tegen");
        assertThat(summary.between(0, header.leftOf("Door wie"))).contains("Offerte" + WORD_75 + "nakijken");
        assertWrapsInsideThePage(summary);
    }

    /** In aftercare and stopped read as on the list, the dossier and the search, not as "Uitgestroomd (…)". */
    @Test
    void theSummaryGivesTheStatusTheScreensGive() throws Exception {
        TestTrajectories trajectories = new TestTrajectories(context);
        TestTrajectory employed = ended(trajectories.candidate("Saar", "Loondienst").coachedBy("coach")
                .atEntreSpiegel(), ExitType.SALARIED, trajectories);
        TestTrajectory stopped = ended(trajectories.candidate("Stijn", "Stopper").coachedBy("coach")
                .atEntreSpiegel(), ExitType.STOPPED, trajectories);
        MockHttpSession coach = signIn("coach");

        assertThat(download(employed.dossier() + "/summary.pdf", coach).lineWith("Status").text())
                .contains("In nazorg (Loondienst)").doesNotContain("Uitgestroomd");
        assertThat(download(stopped.dossier() + "/summary.pdf", coach).lineWith("Status").text())
                .contains("Gestopt").doesNotContain("Uitgestroomd");
    }

    private TestTrajectory ended(TestTrajectory t, ExitType exit, TestTrajectories trajectories) {
        exits.stop(t.trajectoryId(), "Stopt het traject.", COACH);
        exits.completeExitRegistration(trajectories.claim(t, UserTask.EXIT_REGISTRATION, COACH), exit,
                "Zo ging het.", COACH);
        return t;
    }

    @Test
    void theDossierOffersThePapers() throws Exception {
        String dossier = mvc.perform(get(cagri.dossier()).session(signIn("coach"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(dossier).contains(cagri.dossier() + "/summary.pdf", cagri.dossier() + "/plan.pdf",
                conversationPath());
    }

    @Test
    void onlyWhoMayReadTheDossierGetsItsPapers() throws Exception {
        for (String path : List.of(cagri.dossier() + "/plan.pdf", conversationPath(),
                cagri.dossier() + "/summary.pdf")) {
            for (String refused : List.of("coach2", "office")) {
                mvc.perform(get(path).session(signIn(refused))).andExpect(status().isForbidden())
                        .andExpect(content().contentTypeCompatibleWith("text/html"));
            }
            download(path, signIn("coordinator"));
            download(path, signIn("admin"));
        }
    }

    @Test
    void aConversationOfAnotherCandidateIsNotFound() throws Exception {
        TestTrajectory other = new TestTrajectories(context).candidate("Ans", "Anders").coachedBy("coach")
                .atEntreSpiegel();

        mvc.perform(get(other.dossier() + conversationPath().substring(cagri.dossier().length()))
                .session(signIn("coach"))).andExpect(status().isNotFound());
    }
}
