package be.actraject.web.candidate;

import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The registration form as typed: the person ({@link PersonForm}), the date of entry and the coach. */
public class RegistrationForm extends PersonForm {

    @NotNull
    @InDateWindow(DateWindow.ENTRY)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfEntry;
    /** The coach's user id; empty leaves the intake to whichever coach takes it. */
    private String coach;

    public CandidateDetails toDetails() {
        return toDetails(dateOfEntry);
    }

    public String coachOrNull() {
        return isBlank(coach) ? null : coach;
    }

    public LocalDate getDateOfEntry() {
        return dateOfEntry;
    }

    public void setDateOfEntry(LocalDate dateOfEntry) {
        this.dateOfEntry = dateOfEntry;
    }

    public String getCoach() {
        return coach;
    }

    public void setCoach(String coach) {
        this.coach = coach;
    }
}
