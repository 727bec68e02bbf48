package be.actraject.domain.training;

import java.util.Map;

/**
 * A module in the coordinator's list: how many enrolments take a seat and the seats left, per moment for a dated
 * module and for the module itself when on demand.
 *
 * @param seatsLeftByMoment the seats left per moment id (null values: unlimited)
 * @param seatsLeft         the seats left of a module on demand; null when unlimited or dated
 */
public record ModuleOverview(TrainingModule module, long enrolled, long awaitingAgreement,
                             Map<Long, Integer> seatsLeftByMoment, Integer seatsLeft) {
}
