package be.actraject.web.correction;

import be.actraject.bpmn.trajectory.CoachChange;
import be.actraject.bpmn.trajectory.EntryDateChange;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.PersonalDataCorrections;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dossier's timeline tells each correction in the reader's language, with names and formatted dates. */
@FullStackTest
@Tag("dates")
class CorrectionsInTheDossierTest {

    static final Actor COACH = Actor.of("coach", Role.COACH);
    static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    Caseload caseload;
    @Autowired
    PersonalDataCorrections personalData;
    @Autowired
    CoachChange coachChange;
    @Autowired
    EntryDateChange entryDate;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theTimelineTellsEachCorrectionWithNamesAndDatesAndTheCoordinatorSeesTheLinks() throws Exception {
        TestTrajectory rita = new TestTrajectories(context).candidate("Rita", "Tijdlijnverbetering")
                .coachedBy("coach").enteredWeeksAgo(1).atEntreSpiegel();
        LocalDate today = LocalDate.now(clock);
        Candidate c = new TransactionTemplate(transactions).execute(s ->
                caseload.currentOf(rita.candidateId(), COACH).getCandidate());
        personalData.correct(rita.candidateId(), new CandidateDetails(c.getFirstName(), c.getLastName(), c.getEmail(),
                "0470 65 43 21", c.getStreet(), c.getPostalCode(), c.getMunicipality(), c.getDateOfBirth().minusDays(1),
                c.getJobSeekerNumber(), c.getDateOfEntry(), c.getBusinessIdea()), c.getVersion(), COACH);
        entryDate.correct(rita.trajectoryId(), today.minusWeeks(2), "Instap verkeerd getypt", COORDINATOR);
        coachChange.change(rita.trajectoryId(), "coach2", "Verlof", COORDINATOR);

        String page = mvc.perform(get(rita.dossier()).session(signIn("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Telefoon verbeterd: — → 0470 65 43 21")
                .contains("Geboortedatum verbeterd: " + DAY.format(c.getDateOfBirth()) + " → "
                        + DAY.format(c.getDateOfBirth().minusDays(1)))
                .contains("Datum van instap verbeterd: " + DAY.format(today.minusWeeks(1)) + " → "
                        + DAY.format(today.minusWeeks(2)))
                .contains("Coach gewijzigd: Sofie Verstraete → Karel Van Acker")
                .contains("/personal-data", "/date-of-entry", "/coach\"");
    }

    @Test
    void theCoachesReadTheReasonOfEachCorrectionBesideItInTheTimeline() throws Exception {
        TestTrajectory omar = new TestTrajectories(context).candidate("Omar", "Redengever")
                .coachedBy("coach").enteredWeeksAgo(1).atEntreSpiegel();
        LocalDate today = LocalDate.now(clock);
        entryDate.correct(omar.trajectoryId(), today.minusWeeks(2), "Instapdatum stond verkeerd in VDAB-fiche",
                COORDINATOR);
        coachChange.change(omar.trajectoryId(), "coach2", "Coach met zwangerschapsverlof", COORDINATOR);
        coachChange.change(omar.trajectoryId(), "coach", "Terug van verlof", COORDINATOR);

        String page = mvc.perform(get(omar.dossier()).session(signIn("coach")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // Newest first, each reason on the line of its own correction.
        assertThat(Jsoup.parse(page).select("[data-testid=dossier-timeline] li:has([data-testid=timeline-reason])")
                .eachText()).hasSize(3)
                .satisfiesExactly(
                        back -> assertThat(back).contains("Coach gewijzigd: Karel Van Acker → Sofie Verstraete",
                                "Reden: Terug van verlof"),
                        away -> assertThat(away).contains("Coach gewijzigd: Sofie Verstraete → Karel Van Acker",
                                "Reden: Coach met zwangerschapsverlof"),
                        entry -> assertThat(entry).contains("Datum van instap verbeterd",
                                "Reden: Instapdatum stond verkeerd in VDAB-fiche"));
        assertThat(mvc.perform(get(omar.dossier()).param("lang", "en").session(signIn("coach")))
                .andReturn().getResponse().getContentAsString()).contains("Reason: Terug van verlof");
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }
}
