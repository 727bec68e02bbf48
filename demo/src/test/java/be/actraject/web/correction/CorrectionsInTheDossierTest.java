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

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }
}
