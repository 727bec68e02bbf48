package be.actraject.web.prospecting;

import be.actraject.domain.prospecting.ProspectingActivity;
import be.actraject.domain.prospecting.ProspectingEntry;
import be.actraject.domain.prospecting.ProspectingKind;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

public class ActivityForm {

    @NotNull
    @InDateWindow(DateWindow.PROSPECTING_ACTIVITY)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate happenedOn;
    @NotNull
    private ProspectingKind kind;
    @NotBlank
    @Size(max = 500)
    private String description;
    @Size(max = 500)
    private String result;

    /** The form of an activity as it was logged, to correct it or add its result. */
    static ActivityForm of(ProspectingActivity activity) {
        ActivityForm form = new ActivityForm();
        form.setHappenedOn(activity.getHappenedOn());
        form.setKind(activity.getKind());
        form.setDescription(activity.getDescription());
        form.setResult(activity.getResult());
        return form;
    }

    public ProspectingEntry toEntry() {
        return new ProspectingEntry(happenedOn, kind, description, result);
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public void setHappenedOn(LocalDate happenedOn) {
        this.happenedOn = happenedOn;
    }

    public ProspectingKind getKind() {
        return kind;
    }

    public void setKind(ProspectingKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }
}
