package be.actraject.domain.trajectory;

import be.actraject.domain.candidate.Candidate;

import java.util.List;
import java.util.Optional;

/**
 * What the candidate dossier shows: the person, their trajectories (newest first) and the history of the current
 * one. Conversations and plans are read by their own services.
 */
public record Dossier(Candidate candidate, List<Trajectory> trajectories, List<TimelineEntry> timeline) {

    public Optional<Trajectory> current() {
        return trajectories.stream().findFirst();
    }
}
