package be.actraject.web.aftercare;

import be.actraject.domain.aftercare.Situation;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

public class FollowUpForm {

    @NotNull
    @InDateWindow(DateWindow.AFTERCARE_CONTACT)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate contactedOn;
    @NotNull
    private Situation situation;
    @Size(max = 1000)
    private String note;

    public LocalDate getContactedOn() {
        return contactedOn;
    }

    public void setContactedOn(LocalDate contactedOn) {
        this.contactedOn = contactedOn;
    }

    public Situation getSituation() {
        return situation;
    }

    public void setSituation(Situation situation) {
        this.situation = situation;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
