package be.actraject.web.group;

import be.actraject.web.system.DateWindow;
import be.actraject.web.system.ExistingWallClockTime;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;

public class SessionForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    @InDateWindow(DateWindow.SESSION)
    @ExistingWallClockTime
    private LocalDateTime startsAt;
    @NotNull
    @Min(15)
    @Max(480)
    private Integer durationMinutes = 120;
    @NotBlank
    @Size(max = 200)
    private String topic;

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
