package be.actraject.domain.figures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The cooperative's clock as the fixture moves it: ten in the morning, Brussels time, of the day it is set to. */
final class MovableClock extends Clock {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private Instant now = Instant.parse("2024-01-01T09:00:00Z");

    void set(LocalDate day) {
        now = day.atTime(10, 0).atZone(BRUSSELS).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return BRUSSELS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
