package be.actraject.domain.training;

import be.actraject.domain.RefusedException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Attendance, absence or completion recorded for a moment of a module that has not started yet. */
public class ModuleNotStartedException extends RefusedException {

    /**
     * @param startTime the moment's start, or null when it has none: the day alone is then named (a moment that
     *                  starts later today is otherwise "only on" today)
     */
    public ModuleNotStartedException(String moduleTitle, LocalDate heldOn, LocalTime startTime) {
        // The day and time as the screens show them (dd/MM/yyyy HH:mm): the arguments reach the page as they are.
        super("training.refused.notStarted", "Moment of " + moduleTitle + " is only on " + heldOn + " " + startTime,
                moduleTitle, heldOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + (startTime == null ? "" : " " + startTime.format(DateTimeFormatter.ofPattern("HH:mm"))));
    }
}
