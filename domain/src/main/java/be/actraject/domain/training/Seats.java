package be.actraject.domain.training;

import java.util.List;
import java.util.Objects;

/**
 * Seats are counted per moment of a dated module (each moment is a session of its own) and per module when it is on
 * demand; which enrolments take one is {@link EnrolmentState#takesSeat()}'s to say.
 */
final class Seats {

    private Seats() {
    }

    static long taken(List<Enrolment> enrolments, Long momentId) {
        return enrolments.stream()
                .filter(e -> e.getState().takesSeat())
                .filter(e -> Objects.equals(momentId, e.getMoment() == null ? null : e.getMoment().getId()))
                .count();
    }

    /** The seats left, or null when the module has no limit. */
    static Integer left(TrainingModule module, List<Enrolment> enrolments, Long momentId) {
        if (module.getSeats() == null) {
            return null;
        }
        return (int) Math.max(0, module.getSeats() - taken(enrolments, momentId));
    }

    /**
     * Refuses when no seat is left for one more enrolment.
     *
     * @throws ModuleFullException when the seats are taken
     */
    static void requireFree(TrainingModule module, List<Enrolment> enrolments, Long momentId) {
        if (module.getSeats() != null && left(module, enrolments, momentId) == 0) {
            throw new ModuleFullException(module.getTitle(), module.getSeats());
        }
    }

    /**
     * Refuses to agree to a request when the agreed enrolments (attended and completed ones included) fill the seats
     * already. Other requests do not count here: they wait for the same decision, and whichever is agreed first gets
     * the seat.
     *
     * @throws ModuleFullException when the seats are promised
     */
    static void requireFreeToAgree(TrainingModule module, List<Enrolment> enrolments, Long momentId) {
        requireFree(module, enrolments.stream().filter(e -> e.getState() != EnrolmentState.REQUESTED).toList(),
                momentId);
    }
}
