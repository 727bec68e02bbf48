package be.actraject.bpmn.watch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** When a trajectory counts as stuck ({@code actraject.watch.*}). */
@Component
@ConfigurationProperties("actraject.watch")
public class WatchParameters {

    /** A task nobody has claimed for longer than this. */
    private Duration unclaimedFor = Duration.ofDays(3);
    /** A claimed task nobody has touched for longer than this. */
    private Duration untouchedFor = Duration.ofDays(14);
    /** A trajectory in which nothing happened for longer than this. */
    private Duration idleFor = Duration.ofDays(30);
    /** A timer this long past its due date without having fired (the job executor is down or stuck). */
    private Duration timerGrace = Duration.ofHours(1);

    public Duration getUnclaimedFor() {
        return unclaimedFor;
    }

    public void setUnclaimedFor(Duration unclaimedFor) {
        this.unclaimedFor = unclaimedFor;
    }

    public Duration getUntouchedFor() {
        return untouchedFor;
    }

    public void setUntouchedFor(Duration untouchedFor) {
        this.untouchedFor = untouchedFor;
    }

    public Duration getIdleFor() {
        return idleFor;
    }

    public void setIdleFor(Duration idleFor) {
        this.idleFor = idleFor;
    }

    public Duration getTimerGrace() {
        return timerGrace;
    }

    public void setTimerGrace(Duration timerGrace) {
        this.timerGrace = timerGrace;
    }
}
