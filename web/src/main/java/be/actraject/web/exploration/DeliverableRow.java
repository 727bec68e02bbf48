package be.actraject.web.exploration;

import be.actraject.domain.exploration.Deliverable;
import be.actraject.domain.exploration.DeliverableKind;
import be.actraject.domain.exploration.DeliverableStatus;
import be.actraject.domain.exploration.DeliverableUpdate;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * One deliverable's line on a form (the exploration review, the dossier's checklist). The note's limit is its column
 * ({@code deliverable.note varchar(500)}): checked here so that a longer note comes back as a message beside it with
 * everything typed kept, instead of the service's refusal.
 */
public class DeliverableRow {

    static final int NOTE_MAX = 500;

    private DeliverableKind kind;
    private DeliverableStatus status;
    @Size(max = NOTE_MAX)
    private String note;

    /** The rows of the deliverables as they stand, every kind in its order. */
    static List<DeliverableRow> of(List<Deliverable> current) {
        List<DeliverableRow> rows = new ArrayList<>();
        for (Deliverable d : current) {
            DeliverableRow row = new DeliverableRow();
            row.setKind(d.getKind());
            row.setStatus(d.getStatus());
            row.setNote(d.getNote());
            rows.add(row);
        }
        return rows;
    }

    /** The rows that name a kind and a status, as the service takes them. */
    static List<DeliverableUpdate> updates(List<DeliverableRow> rows) {
        return rows.stream().filter(r -> r.getKind() != null && r.getStatus() != null)
                .map(r -> new DeliverableUpdate(r.getKind(), r.getStatus(), r.getNote())).toList();
    }

    public DeliverableKind getKind() {
        return kind;
    }

    public void setKind(DeliverableKind kind) {
        this.kind = kind;
    }

    public DeliverableStatus getStatus() {
        return status;
    }

    public void setStatus(DeliverableStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
