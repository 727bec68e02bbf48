package be.actraject.domain.conversation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * An agreement made in a conversation. It stays open until a later conversation reviews it, which records when and
 * in which conversation it was found done or dropped.
 */
@Entity
@Table(name = "conversation_action_point")
public class ActionPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    private Long conversationId;
    private String what;
    @Enumerated(EnumType.STRING)
    private ActionOwner owner;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private ActionPointStatus status;
    private Long reviewedIn;
    private LocalDate reviewedOn;

    protected ActionPoint() {
    }

    ActionPoint(Long trajectoryId, Long conversationId, ActionPointDraft draft) {
        this.trajectoryId = trajectoryId;
        this.conversationId = conversationId;
        this.what = draft.what().strip();
        this.owner = draft.owner();
        this.dueOn = draft.dueOn();
        this.status = ActionPointStatus.OPEN;
    }

    void review(ActionPointStatus outcome, long conversationId, LocalDate on) {
        this.status = outcome;
        this.reviewedIn = outcome == ActionPointStatus.OPEN ? null : conversationId;
        this.reviewedOn = outcome == ActionPointStatus.OPEN ? null : on;
    }

    public boolean isOpen() {
        return status == ActionPointStatus.OPEN;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public String getWhat() {
        return what;
    }

    public ActionOwner getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionPointStatus getStatus() {
        return status;
    }

    public Long getReviewedIn() {
        return reviewedIn;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }
}
