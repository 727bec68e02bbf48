package be.actraject.domain.agenda;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A time on the cooperative's wall clock (what a person types into a form) turned into an instant by the zone's own
 * rules. {@link LocalDateTime#atZone} moves a time in the spring-forward gap an hour on without a word; here such a
 * time is refused, so the person chooses. A time the autumn night has twice is its first (summer-time) occurrence,
 * which the screens then show with its zone so that the hour after it is not mistaken for the same time.
 */
public final class WallClock {

    private WallClock() {
    }

    /** @throws NonexistentLocalTimeException when the zone skips that time (the clocks go forward) */
    public static Instant instantOf(LocalDateTime time, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(time);
        if (offsets.isEmpty()) {
            throw new NonexistentLocalTimeException(time);
        }
        return time.toInstant(offsets.get(0));
    }

    /** Whether the time exists on that day in the zone: not in the gap when the clocks go forward. */
    public static boolean exists(LocalDateTime time, ZoneId zone) {
        return !zone.getRules().getValidOffsets(time).isEmpty();
    }

    /** Whether the wall-clock time of this instant happens twice that night (the clocks go back). */
    public static boolean ambiguous(Instant instant, ZoneId zone) {
        return zone.getRules().getValidOffsets(LocalDateTime.ofInstant(instant, zone)).size() > 1;
    }
}
