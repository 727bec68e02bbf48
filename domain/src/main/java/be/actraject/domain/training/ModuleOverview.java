package be.actraject.domain.training;

import java.util.Map;

/**
 * A module in the coordinator's list: how many enrolments take a seat and the seats left, per moment for a dated
 * module and for the module itself when on demand. The absent are counted apart: they took no seat, and the list
 * must not read as if they came.
 *
 * @param enrolled          the enrolments taking a seat: requested, agreed, attended, completed
 * @param absent            the enrolments recorded absent
 * @param seatsLeftByMoment the seats left per moment id (null values: unlimited)
 * @param seatsLeft         the seats left of a module on demand; null when unlimited or dated
 */
public record ModuleOverview(TrainingModule module, long enrolled, long absent, long awaitingAgreement,
                             Map<Long, Integer> seatsLeftByMoment, Integer seatsLeft) {
}
