package be.actraject.domain.aftercare;

import be.actraject.domain.RefusedException;

import java.time.LocalDate;

/** The situation a follow-up reports started between the exit and today: an earlier one belongs to the trajectory. */
public class SituationDateOutOfRangeException extends RefusedException {

    public SituationDateOutOfRangeException(LocalDate exit) {
        super("aftercare.since.range", "A situation after the exit started between the exit (" + exit + ") and today");
    }
}
