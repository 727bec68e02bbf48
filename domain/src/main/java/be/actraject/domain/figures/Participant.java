package be.actraject.domain.figures;

import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;

import java.time.LocalDate;

/**
 * One line of the participant list a funder asks for: a trajectory active in the period, with only the personal data
 * the list needs (no contact details, no date of birth).
 *
 * @param trajectoryId    the trajectory's id
 * @param jobSeekerNumber the candidate's client number at the employment service (VDAB), as registered
 * @param firstName       the candidate's first name
 * @param lastName        the candidate's last name
 * @param entered         the date of entry (as corrected)
 * @param exited          the exit day; null while the trajectory runs
 * @param phaseReached    the phase it is in now, or was in when it ended ({@link Phase#INTAKE} before the first phase)
 * @param exitType        how it ended; null while it runs
 */
public record Participant(long trajectoryId, String jobSeekerNumber, String firstName, String lastName,
                          LocalDate entered, LocalDate exited, Phase phaseReached, ExitType exitType) {
}
