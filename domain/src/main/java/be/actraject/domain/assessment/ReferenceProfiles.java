package be.actraject.domain.assessment;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The reference profile in force and its history. Only coordinators set it; a change applies to every chart and
 * comparison drawn from then on, also of assessments recorded before (the profile is what "good" means today).
 */
@Service
public class ReferenceProfiles {

    private final ReferenceProfileRepository profiles;
    private final Clock clock;

    public ReferenceProfiles(ReferenceProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The profile in force; the database always has one (the schema's migration writes the first). */
    @Transactional(readOnly = true)
    public ReferenceProfile current() {
        return profiles.findFirstByOrderByIdDesc()
                .orElseThrow(() -> new IllegalStateException("No reference profile: the schema is incomplete"));
    }

    /** Every version, the newest first. */
    @Transactional(readOnly = true)
    public List<ReferenceProfile> history() {
        return profiles.findAllByOrderByIdDesc();
    }

    /**
     * Sets a new version of the profile.
     *
     * @throws InvalidScoresException when a competency has no score or one outside the scale
     */
    @Transactional
    public ReferenceProfile set(Scale scale, Map<Competency, Integer> scores, String reason, Actor coordinator) {
        if (!coordinator.has(Role.COORDINATOR)) {
            throw new NotPermittedException(coordinator.userId(), "set the reference profile");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A change of the reference profile needs a reason");
        }
        scale.check(scores);
        return profiles.save(new ReferenceProfile(scale, scores, reason.strip(), coordinator.userId(),
                clock.instant()));
    }
}
