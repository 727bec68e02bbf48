package be.actraject.web.candidate;

import be.actraject.domain.trajectory.CoachChanges;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * A coordinator's correction of the date of entry as typed: the day and why. Its window depends on the candidate's
 * registration, so the domain checks it ({@code EntryDateCorrections.window}) and the message comes back here.
 */
public class EntryDateForm {

    @NotNull
    @InDateWindow(DateWindow.CORRECTED_ENTRY)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfEntry;
    @NotBlank
    @Size(max = CoachChanges.MAX_REASON)
    private String reason;

    public LocalDate getDateOfEntry() {
        return dateOfEntry;
    }

    public void setDateOfEntry(LocalDate dateOfEntry) {
        this.dateOfEntry = dateOfEntry;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
