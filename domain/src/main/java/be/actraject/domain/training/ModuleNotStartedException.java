package be.actraject.domain.training;

import be.actraject.domain.RefusedException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Attendance, absence or completion recorded for a moment of a module that has not started yet. */
public class ModuleNotStartedException extends RefusedException {

    public ModuleNotStartedException(String moduleTitle, LocalDate heldOn) {
        // The day as the screens show it (dd/MM/yyyy): the message's arguments reach the page as they are.
        super("training.refused.notStarted", "Moment of " + moduleTitle + " is only on " + heldOn, moduleTitle,
                heldOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
}
