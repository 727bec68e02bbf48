package be.actraject.web.training;

import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.LocalTime;

/** A day and hours on which a module is held, in the cooperative's time zone. */
public class MomentForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @InDateWindow(DateWindow.TRAINING_MOMENT)
    private LocalDate day;
    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime start = LocalTime.of(9, 0);
    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime end = LocalTime.of(12, 0);

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }
}
