package be.actraject.domain.figures;

import be.actraject.workflow.Phase;

import java.util.Optional;

/**
 * Which trajectories a figure counts, each part optional (null: no restriction). The coach is the trajectory's coach
 * now (a hand-over takes the history with it); the learning group the one it belongs to now, except for the
 * attendance of collective sessions, where it is the session's group; the phase the one the trajectory is in now, or
 * was in when it ended, except for the time per phase, where it is the phase measured.
 *
 * @param coach         a coach's user id
 * @param learningGroup a learning group's id
 * @param phase         a phase
 */
public record FigureFilter(String coach, Long learningGroup, Phase phase) {

    /** Every trajectory. */
    public static final FigureFilter NONE = new FigureFilter(null, null, null);

    public FigureFilter withCoach(String userId) {
        return new FigureFilter(userId, learningGroup, phase);
    }

    public FigureFilter withLearningGroup(Long groupId) {
        return new FigureFilter(coach, groupId, phase);
    }

    public FigureFilter withPhase(Phase onePhase) {
        return new FigureFilter(coach, learningGroup, onePhase);
    }

    public Optional<String> coachId() {
        return Optional.ofNullable(coach);
    }

    public Optional<Long> learningGroupId() {
        return Optional.ofNullable(learningGroup);
    }

    public Optional<Phase> onePhase() {
        return Optional.ofNullable(phase);
    }
}
