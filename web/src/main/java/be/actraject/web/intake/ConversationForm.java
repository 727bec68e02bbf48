package be.actraject.web.intake;

import be.actraject.domain.conversation.ActionPoint;
import be.actraject.domain.conversation.ActionPointDraft;
import be.actraject.domain.conversation.ActionPointStatus;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.conversation.ConversationReport;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import be.actraject.web.system.RecordWindow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report of an individual conversation, as typed. */
public class ConversationForm {

    @NotNull
    @RecordWindow("entry..today")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    @NotNull
    private ConversationKind kind;
    @NotBlank
    @Size(max = 500)
    private String topics;
    @Size(max = 4000)
    private String notes;
    @Size(max = 4000)
    private String agreements;
    @InDateWindow(DateWindow.NEXT_CONVERSATION)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextPlannedOn;
    /** New agreements; the form offers a few empty lines, and always at least one when it comes back. */
    @Valid
    private List<ActionPointRow> actionPoints = new ArrayList<>();
    /** The outcome of each earlier open action point, by its id. */
    private Map<Long, ActionPointStatus> reviews = new LinkedHashMap<>();

    /** The empty lines a new form offers for action points. */
    static final int EMPTY_ROWS = 3;

    public static ConversationForm startingOn(LocalDate today) {
        ConversationForm form = new ConversationForm();
        form.heldOn = today;
        form.kind = ConversationKind.IN_PERSON;
        form.addEmptyRows(EMPTY_ROWS);
        return form;
    }

    /** Starts the review of each open action point as still open, so that leaving it alone changes nothing. */
    void reviewing(List<ActionPoint> open) {
        open.forEach(p -> reviews.putIfAbsent(p.getId(), ActionPointStatus.OPEN));
    }

    /** Keeps one empty line at the end, so that a form that comes back can take another action point. */
    void keepAnEmptyRow() {
        if (actionPoints.stream().noneMatch(ActionPointRow::isEmpty)) {
            actionPoints.add(new ActionPointRow());
        }
    }

    void addEmptyRows(int count) {
        for (int i = 0; i < count; i++) {
            actionPoints.add(new ActionPointRow());
        }
    }

    /**
     * Checks the lines that were filled in: each needs its due date, on or after the conversation. Returns the
     * indexes of the lines without one, for the controller to mark.
     */
    List<Integer> rowsWithoutDueDate() {
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < actionPoints.size(); i++) {
            ActionPointRow row = actionPoints.get(i);
            if (!row.isEmpty() && row.getDueOn() == null) {
                missing.add(i);
            }
        }
        return missing;
    }

    List<Integer> rowsDueBeforeConversation() {
        List<Integer> early = new ArrayList<>();
        for (int i = 0; i < actionPoints.size(); i++) {
            ActionPointRow row = actionPoints.get(i);
            if (!row.isEmpty() && row.getDueOn() != null && heldOn != null && row.getDueOn().isBefore(heldOn)) {
                early.add(i);
            }
        }
        return early;
    }

    /** The next conversation, when planned, comes after this one. */
    boolean nextComesAfter() {
        return nextPlannedOn == null || heldOn == null || nextPlannedOn.isAfter(heldOn);
    }

    public ConversationReport toReport() {
        List<ActionPointDraft> drafts = actionPoints.stream().filter(r -> !r.isEmpty())
                .map(ActionPointRow::toDraft).toList();
        Map<Long, ActionPointStatus> changed = new LinkedHashMap<>(reviews);
        changed.values().removeIf(s -> s == null || s == ActionPointStatus.OPEN);
        return new ConversationReport(heldOn, kind, topics, notes, agreements, nextPlannedOn, drafts, changed);
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public ConversationKind getKind() {
        return kind;
    }

    public void setKind(ConversationKind kind) {
        this.kind = kind;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getAgreements() {
        return agreements;
    }

    public void setAgreements(String agreements) {
        this.agreements = agreements;
    }

    public LocalDate getNextPlannedOn() {
        return nextPlannedOn;
    }

    public void setNextPlannedOn(LocalDate nextPlannedOn) {
        this.nextPlannedOn = nextPlannedOn;
    }

    public List<ActionPointRow> getActionPoints() {
        return actionPoints;
    }

    public void setActionPoints(List<ActionPointRow> actionPoints) {
        this.actionPoints = actionPoints;
    }

    public Map<Long, ActionPointStatus> getReviews() {
        return reviews;
    }

    public void setReviews(Map<Long, ActionPointStatus> reviews) {
        this.reviews = reviews;
    }
}
