package be.actraject.web.intake;

import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.conversation.ConversationReport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The report of an individual conversation, as typed. */
public class ConversationForm {

    @NotNull
    @PastOrPresent
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
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextPlannedOn;

    public static ConversationForm startingOn(LocalDate today) {
        ConversationForm form = new ConversationForm();
        form.heldOn = today;
        form.kind = ConversationKind.IN_PERSON;
        return form;
    }

    /** The next conversation, when planned, comes after this one. */
    boolean nextComesAfter() {
        return nextPlannedOn == null || heldOn == null || nextPlannedOn.isAfter(heldOn);
    }

    public ConversationReport toReport() {
        return new ConversationReport(heldOn, kind, topics, notes, agreements, nextPlannedOn);
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
}
