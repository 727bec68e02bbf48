package be.actraject.web.aftercare;

import be.actraject.domain.aftercare.Situation;
import be.actraject.web.system.RecordWindow;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * A follow-up's answer: when the contact was, where the entrepreneur stands and since when. Both days lie from the
 * exit up to today, the domain's check ({@code AftercareContacts}), which the picker offers.
 */
public class FollowUpForm {

    @NotNull
    @RecordWindow("exit..today")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate contactedOn;
    @NotNull
    private Situation situation;
    @NotNull
    @RecordWindow("exit..today")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate situationSince;
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

    public LocalDate getSituationSince() {
        return situationSince;
    }

    public void setSituationSince(LocalDate situationSince) {
        this.situationSince = situationSince;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
