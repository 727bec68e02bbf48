package be.actraject.domain.training;

import be.actraject.domain.assessment.Competency;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A module as typed. Its dated moments are added one by one ({@link TrainingModules#addMoment}); an on-demand module
 * has none.
 *
 * @param competencies the Entre-spiegel competencies it develops; may be empty
 * @param place        where it is held, blank when only online
 * @param cost         in euro, 0 for free; never negative
 * @param seats        how many candidates per moment (per module when on demand); null for unlimited
 */
public record ModuleDraft(String title, long providerId, Set<Competency> competencies, boolean onDemand,
                          String place, boolean online, BigDecimal cost, Payer payer, Integer seats) {

    public ModuleDraft {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A module has a title");
        }
        competencies = competencies == null ? Set.of() : Set.copyOf(competencies);
        Objects.requireNonNull(payer, "payer");
        if (cost == null || cost.signum() < 0) {
            throw new IllegalArgumentException("A module's cost is 0 or more: " + cost);
        }
        if (seats != null && seats < 1) {
            throw new IllegalArgumentException("A module has at least one seat: " + seats);
        }
    }
}
