package be.actraject.web.intake;

import be.actraject.domain.assessment.Competency;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The twelve scores of an Entre-spiegel, as typed. */
public class EntreSpiegelForm {

    @NotNull
    @InDateWindow(DateWindow.ASSESSMENT)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate assessedOn;
    private Map<Competency, Integer> scores = new EnumMap<>(Competency.class);

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public Map<Competency, Integer> getScores() {
        return scores;
    }

    public void setScores(Map<Competency, Integer> scores) {
        this.scores = scores;
    }
}
