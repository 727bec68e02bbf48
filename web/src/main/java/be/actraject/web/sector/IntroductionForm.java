package be.actraject.web.sector;

import be.actraject.web.system.RecordWindow;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** An introduction as the coach records it: it happened (from the candidate's date of entry up to today, the domain's check), to whom, about what. */
public class IntroductionForm {

    @NotNull
    private Long expertId;
    @NotNull
    @RecordWindow("entry..today")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate introducedOn;
    @NotBlank
    @Size(max = 250)
    private String note;

    public Long getExpertId() {
        return expertId;
    }

    public void setExpertId(Long expertId) {
        this.expertId = expertId;
    }

    public LocalDate getIntroducedOn() {
        return introducedOn;
    }

    public void setIntroducedOn(LocalDate introducedOn) {
        this.introducedOn = introducedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = Typed.clean(note);
    }
}
