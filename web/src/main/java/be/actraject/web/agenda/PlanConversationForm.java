package be.actraject.web.agenda;

import be.actraject.domain.conversation.ConversationKind;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.ExistingWallClockTime;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;

/**
 * A conversation to plan or move: when (on the cooperative's clock), how and where. The window of days is checked
 * here; the domain checks it again to the minute (not earlier today), and its refusal is shown beside the date too.
 */
public class PlanConversationForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    @InDateWindow(DateWindow.PLANNED_CONVERSATION)
    @ExistingWallClockTime
    private LocalDateTime startsAt;
    @NotNull
    private ConversationKind kind = ConversationKind.IN_PERSON;
    /** The column {@code planned_conversation.place}. */
    @Size(max = 200)
    private String place;

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public ConversationKind getKind() {
        return kind;
    }

    public void setKind(ConversationKind kind) {
        this.kind = kind;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
