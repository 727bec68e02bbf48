package be.actraject.domain.training;

import be.actraject.domain.training.ModuleChangeException.Conflict;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A coordinator's change of a module must not contradict its enrolments: a seat taken stays a seat, a moment someone
 * is enrolled in stays in the list, and the terms (cost, payer) an enrolment was asked or decided on stay those it
 * shows. Refusing is the simplest safe rule; the coordinator settles the enrolments first.
 */
final class ModuleChangeCheck {

    private ModuleChangeCheck() {
    }

    /** @throws ModuleChangeException for the first contradiction found */
    static void check(TrainingModule module, ModuleDraft draft, List<Enrolment> enrolments) {
        List<Enrolment> seated = enrolments.stream().filter(e -> e.getState().takesSeat()).toList();
        long most = mostOnOneMoment(seated);
        if (draft.seats() != null && draft.seats() < most) {
            throw new ModuleChangeException(Conflict.SEATS_BELOW_ENROLLED, module.getTitle(), most,
                    module.isOnDemand());
        }
        // An absence frees its seat but still names its moment: the record keeps it, so it counts here.
        long onMoments = enrolments.stream()
                .filter(e -> e.getState().takesSeat() || e.getState() == EnrolmentState.ABSENT).count();
        if (!module.isOnDemand() && draft.onDemand() && onMoments > 0) {
            throw new ModuleChangeException(Conflict.ON_DEMAND_WITH_ENROLMENTS, module.getTitle(), onMoments);
        }
        // The other way round, an on-demand enrolment has no moment: on a dated module it would take no moment's seat
        // and show no date. Those that still stand, or stand again when an absence is taken back, are settled first;
        // a refused, withdrawn or completed one is history and does not stand in the way.
        long withoutMoment = enrolments.stream().filter(e -> e.getMoment() == null)
                .filter(e -> e.stillStands() || e.getState() == EnrolmentState.ABSENT).count();
        if (module.isOnDemand() && !draft.onDemand() && withoutMoment > 0) {
            throw new ModuleChangeException(Conflict.DATED_WITH_ENROLMENTS, module.getTitle(), withoutMoment);
        }
        long pending = enrolments.stream().filter(e -> e.getState() == EnrolmentState.REQUESTED).count();
        boolean termsChange = module.getCost().compareTo(draft.cost()) != 0 || module.getPayer() != draft.payer();
        if (pending > 0 && termsChange) {
            throw new ModuleChangeException(Conflict.APPROVAL_PENDING, module.getTitle(), pending);
        }
        // An enrolment shows the module's cost and payer: changed afterwards, an approval would seem given on terms
        // nobody decided on (a coach's € 0 becoming a coordinator's € 600). Withdrawn ones were never decided on.
        long decided = enrolments.stream().filter(e -> e.getState() != EnrolmentState.WITHDRAWN).count();
        if (decided > 0 && termsChange) {
            throw new ModuleChangeException(Conflict.TERMS_DECIDED, module.getTitle(), decided);
        }
    }

    /** The most enrolments taking a seat on one moment (or on the module, on demand). */
    private static long mostOnOneMoment(List<Enrolment> seated) {
        Map<Optional<Long>, Long> byMoment = seated.stream().collect(Collectors.groupingBy(
                e -> Optional.ofNullable(e.getMoment()).map(TrainingMoment::getId), Collectors.counting()));
        return byMoment.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
