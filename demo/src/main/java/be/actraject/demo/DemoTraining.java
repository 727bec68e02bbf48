package be.actraject.demo;

import be.actraject.domain.access.Actor;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.belgium.EnterpriseNumber;
import be.actraject.domain.plan.PlanAction;
import be.actraject.domain.plan.PlanActions;
import be.actraject.domain.training.Enrolment;
import be.actraject.domain.training.Attendances;
import be.actraject.domain.training.Enrolments;
import be.actraject.domain.training.ModuleDraft;
import be.actraject.domain.training.Payer;
import be.actraject.domain.training.ProviderDraft;
import be.actraject.domain.training.TrainingModule;
import be.actraject.domain.training.TrainingModules;
import be.actraject.domain.training.TrainingMoment;
import be.actraject.domain.training.TrainingProviders;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.workflow.Role;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * The demo's training modules by third parties (issue 17): three providers, a free starters' course and a paid
 * bookkeeping course with dates in the coming weeks, an online module on demand; an exploring candidate enrolled in
 * the free course, a prospecting one waiting for the coordinator's agreement to the paid one, and one who attended
 * the module on demand.
 */
class DemoTraining {

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    private final TrainingProviders providers;
    private final TrainingModules modules;
    private final Enrolments enrolments;
    private final Attendances attendances;
    private final Caseload caseload;
    private final PlanActions planActions;
    private final Clock clock;

    DemoTraining(TrainingProviders providers, TrainingModules modules, Enrolments enrolments,
                 Attendances attendances, Caseload caseload, PlanActions planActions, Clock clock) {
        this.attendances = attendances;
        this.planActions = planActions;
        this.providers = providers;
        this.modules = modules;
        this.enrolments = enrolments;
        this.caseload = caseload;
        this.clock = clock;
    }

    /**
     * @param explorer   a trajectory in exploration, enrolled in the free course from an action of her POP
     * @param onDemand   a trajectory in exploration, who attended the module on demand
     * @param prospector a trajectory in prospecting, whose paid course (the cooperative pays) waits at the
     *                   coordinator's task "Opleiding goedkeuren", started with the enrolment
     * @param coach      the coach of all three
     */
    void create(long explorer, long onDemand, long prospector, Actor coach) {
        LocalDate today = LocalDate.now(clock);
        long unizo = provider("Unizo Starterscursus", "Katrien Hermans", "starters@unizo.example", "0410982169");
        long syntra = provider("Syntra Boekhouden voor starters", "Marc Declercq", "gent@syntra.example",
                "0860521444");
        long vdab = provider("VDAB Opleidingen", null, "opleidingen@vdab.example", "0202030511");

        TrainingModule starters = module("Starterscursus: van idee tot onderneming", unizo, false, "Unizo Gent",
                "0", Payer.THIRD_PARTY, 12, Competency.MARKET_INSIGHT, Competency.FORWARD_PLANNING);
        TrainingMoment first = moment(starters, today.plusDays(9), LocalTime.of(9, 0), LocalTime.of(12, 30));
        moment(starters, today.plusDays(16), LocalTime.of(9, 0), LocalTime.of(12, 30));
        TrainingModule bookkeeping = module("Boekhouden voor starters", syntra, false, "Syntra Gent", "145.00",
                Payer.COOPERATIVE, 2, Competency.SENSE_OF_PROFITABILITY);
        TrainingMoment evening = moment(bookkeeping, today.plusDays(12), LocalTime.of(18, 30),
                LocalTime.of(21, 30));
        TrainingModule social = module("Sociale media voor je zaak", vdab, true, null, "0", Payer.VDAB, null,
                Competency.NETWORKING, Competency.PERSUASIVENESS);

        // Enrolled from the first action of her POP, which the attendance will mark done.
        Long action = planActions.open(explorer).stream().findFirst().map(PlanAction::getId).orElse(null);
        enrolments.enrol(candidateOf(explorer), starters.getId(), first.getId(), action, coach);
        enrolments.enrol(candidateOf(prospector), bookkeeping.getId(), evening.getId(), coach);
        Enrolment attended = enrolments.enrol(candidateOf(onDemand), social.getId(), null, coach);
        attendances.recordAttendance(attended.getId(), true, coach);
    }

    private long candidateOf(long trajectoryId) {
        return caseload.byIds(List.of(trajectoryId)).get(trajectoryId).getCandidate().getId();
    }

    private long provider(String name, String contact, String email, String enterpriseNumber) {
        return providers.create(new ProviderDraft(name, contact, email, "09 222 33 44",
                EnterpriseNumber.parse(enterpriseNumber)), COORDINATOR).getId();
    }

    private TrainingModule module(String title, long provider, boolean onDemand, String place, String cost,
                                  Payer payer, Integer seats, Competency... develops) {
        return modules.create(new ModuleDraft(title, provider, Set.of(develops), onDemand, place, place == null,
                new BigDecimal(cost), payer, seats), COORDINATOR);
    }

    private TrainingMoment moment(TrainingModule module, LocalDate day, LocalTime start, LocalTime end) {
        return modules.addMoment(module.getId(), day, start, end, COORDINATOR);
    }
}
