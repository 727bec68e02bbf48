package be.actraject.web.intake;

import be.actraject.domain.conversation.ActionOwner;
import be.actraject.domain.conversation.ActionPointDraft;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** One line of new action points on the conversation form; a line left empty is no action point. */
public class ActionPointRow {

    @Size(max = 500)
    private String what;
    private ActionOwner owner = ActionOwner.CANDIDATE;
    @InDateWindow(DateWindow.ACTION_POINT_DUE)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    boolean isEmpty() {
        return what == null || what.isBlank();
    }

    ActionPointDraft toDraft() {
        return new ActionPointDraft(what, owner, dueOn);
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public ActionOwner getOwner() {
        return owner;
    }

    public void setOwner(ActionOwner owner) {
        this.owner = owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
