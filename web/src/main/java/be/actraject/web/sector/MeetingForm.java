package be.actraject.web.sector;

import be.actraject.domain.sector.MeetingEntry;
import be.actraject.domain.sector.SectorMeeting;
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
import java.time.ZoneId;

/** A sector group's meeting as typed: a local date-time in the cooperative's zone, as a session's is. */
public class MeetingForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    @InDateWindow(DateWindow.SECTOR_MEETING)
    @ExistingWallClockTime
    private LocalDateTime startsAt;
    @NotNull
    @Min(15)
    @Max(480)
    private Integer durationMinutes = 120;
    @NotBlank
    @Size(max = 200)
    private String place;
    @NotBlank
    @Size(max = 200)
    private String topic;

    /** The form to move a meeting, filled with what it is now. */
    static MeetingForm of(SectorMeeting meeting, ZoneId zone) {
        MeetingForm form = new MeetingForm();
        form.setStartsAt(LocalDateTime.ofInstant(meeting.getStartsAt(), zone));
        form.setDurationMinutes(meeting.getDurationMinutes());
        form.setPlace(meeting.getPlace());
        form.setTopic(meeting.getTopic());
        return form;
    }

    MeetingEntry toEntry(ZoneId zone) {
        return new MeetingEntry(startsAt.atZone(zone).toInstant(), durationMinutes, place, topic);
    }

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

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = Typed.clean(place);
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = Typed.clean(topic);
    }
}
