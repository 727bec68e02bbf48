package be.actraject.domain;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.prospecting.ProspectingActivities;
import be.actraject.domain.prospecting.ProspectingActivityNotFoundException;
import be.actraject.domain.prospecting.ProspectingClosedException;
import be.actraject.domain.prospecting.ProspectingEntry;
import be.actraject.domain.prospecting.ProspectingKind;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.TimelineEntry;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COACH2;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may change what in a dossier: the role rule of each kind of change and the caseload rule of reading, applied
 * together in the services, so that a refused change writes nothing. Run on H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest
@Transactional
@Tag("dates")
abstract class DossierChangesContract {

    private static final Actor ADMINISTRATOR = Actor.of("admin", Role.ADMINISTRATOR);

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    Caseload caseload;
    @Autowired
    DossierChanges changes;
    @Autowired
    ProspectingActivities activities;
    @Autowired
    Customers customers;
    @Autowired
    LearningGroups groups;
    @Autowired
    EntityManager em;

    private Trajectory registered(String coach) {
        String number = "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Lotte", "Peeters", number, clock), coach, COORDINATOR);
        progress.enterPhase(t.getId(), Phase.PROSPECTING);
        return t;
    }

    private ProspectingEntry entry() {
        return new ProspectingEntry(LocalDate.now(clock), ProspectingKind.FAIR_OR_MARKET, "Stand op de markt", null);
    }

    private static CustomerDetails consumer() {
        return new CustomerDetails(CustomerKind.CONSUMER, "Marie Peeters", "Markt 1", "9000", "Gent", "BE", null, null,
                null, null);
    }

    @Test
    void anAdministratorWhoReadsEveryDossierWritesInNone() {
        Trajectory t = registered("coach");

        assertThat(caseload.trajectory(t.getId(), ADMINISTRATOR)).isEqualTo(t);
        assertThatThrownBy(() -> activities.log(t.getId(), entry(), ADMINISTRATOR))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> customers.add(t.getId(), consumer(), ADMINISTRATOR))
                .isInstanceOf(NotPermittedException.class);
        assertThat(activities.of(t.getId(), COACH)).isEmpty();
        assertThat(customers.of(t.getId(), COACH)).isEmpty();
    }

    @Test
    void officeStaffDoInvoicingWorkButDoNotWriteTheCoachingRecord() {
        Trajectory t = registered("coach");

        customers.add(t.getId(), consumer(), OFFICE);
        assertThatThrownBy(() -> activities.log(t.getId(), entry(), OFFICE))
                .isInstanceOf(NotPermittedException.class);

        assertThat(customers.of(t.getId(), OFFICE)).hasSize(1);
        assertThat(activities.of(t.getId(), COACH)).isEmpty();
    }

    @Test
    void aCoachWritesInTheDossiersOfTheirGroupsMembersButNotInAColleaguesOthers() {
        Trajectory inGroup = registered("coach");
        Trajectory elsewhere = registered("coach");
        LearningGroup group = groups.create("Groep " + UUID.randomUUID(), "coach2", COORDINATOR);
        groups.place(inGroup.getId(), group.getId(), COORDINATOR);
        em.flush();

        activities.log(inGroup.getId(), entry(), COACH2);
        assertThatThrownBy(() -> activities.log(elsewhere.getId(), entry(), COACH2))
                .isInstanceOf(NotInCaseloadException.class);
        assertThatThrownBy(() -> customers.add(elsewhere.getId(), consumer(), COACH2))
                .isInstanceOf(NotInCaseloadException.class);

        assertThat(activities.of(inGroup.getId(), COACH)).hasSize(1);
        assertThat(activities.of(elsewhere.getId(), COACH)).isEmpty();
        assertThat(customers.of(elsewhere.getId(), COACH)).isEmpty();
    }

    @Test
    void aCoachWhoIsAlsoAdministratorWritesOnlyInTheirOwnCaseload() {
        Actor coachAndAdministrator = Actor.of("coach2", Role.COACH, Role.ADMINISTRATOR);
        Trajectory own = registered("coach2");
        Trajectory colleagues = registered("coach");

        activities.log(own.getId(), entry(), coachAndAdministrator);
        assertThat(caseload.trajectory(colleagues.getId(), coachAndAdministrator)).isEqualTo(colleagues);
        assertThatThrownBy(() -> activities.log(colleagues.getId(), entry(), coachAndAdministrator))
                .isInstanceOf(NotInCaseloadException.class);
        assertThat(activities.of(colleagues.getId(), COACH)).isEmpty();
    }

    @Test
    void anActivityIsCompletedWithItsResultDuringTheProspectingOnly() {
        Trajectory t = registered("coach");
        Trajectory other = registered("coach");
        long id = activities.log(t.getId(), entry(), COACH).getId();
        ProspectingEntry withResult = new ProspectingEntry(LocalDate.now(clock), ProspectingKind.FAIR_OR_MARKET,
                "Stand op de markt", "Drie klanten");

        assertThatThrownBy(() -> activities.update(t.getId(), id, withResult, COACH2))
                .isInstanceOf(NotInCaseloadException.class);
        assertThatThrownBy(() -> activities.update(other.getId(), id, withResult, COACH))
                .isInstanceOf(ProspectingActivityNotFoundException.class);
        activities.update(t.getId(), id, withResult, COACH);

        assertThat(activities.of(t.getId(), COACH)).singleElement()
                .satisfies(a -> assertThat(a.getResult()).isEqualTo("Drie klanten"))
                .satisfies(a -> assertThat(a.getRecordedBy()).isEqualTo("coach"));
        assertThat(caseload.dossier(t.getCandidate().getId(), COACH).timeline())
                .extracting(TimelineEntry::getKind).contains(TimelineKind.PROSPECTING_UPDATED);
        progress.enterPhase(t.getId(), Phase.INVOICING);
        assertThatThrownBy(() -> activities.update(t.getId(), id, entry(), COACH))
                .isInstanceOf(ProspectingClosedException.class);
        assertThatThrownBy(() -> activities.log(t.getId(), entry(), COACH))
                .isInstanceOf(ProspectingClosedException.class);
        assertThat(activities.of(t.getId(), COACH)).singleElement()
                .satisfies(a -> assertThat(a.getResult()).isEqualTo("Drie klanten"));
    }

    @Test
    void theScreensAskTheSameRule() {
        Trajectory t = registered("coach");

        assertThat(changes.may(t, DossierChange.COACHING_RECORD, COACH)).isTrue();
        assertThat(changes.may(t, DossierChange.COACHING_RECORD, COACH2)).isFalse();
        assertThat(changes.may(t, DossierChange.COACHING_RECORD, OFFICE)).isFalse();
        assertThat(changes.may(t, DossierChange.COACHING_RECORD, ADMINISTRATOR)).isFalse();
        assertThat(changes.may(t, DossierChange.INVOICING, OFFICE)).isTrue();
        assertThat(changes.may(t, DossierChange.PAYMENT_FOLLOW_UP, COACH)).isFalse();
        assertThat(changes.may(t, DossierChange.PAYMENT_FOLLOW_UP, COORDINATOR)).isTrue();
    }
}
