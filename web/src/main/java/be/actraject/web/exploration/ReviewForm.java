package be.actraject.web.exploration;

import be.actraject.domain.exploration.Deliverable;
import be.actraject.domain.exploration.DeliverableKind;
import be.actraject.domain.exploration.DeliverableStatus;
import be.actraject.domain.exploration.DeliverableUpdate;
import be.actraject.web.decision.DecisionForm;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/** The exploration review: where each deliverable stands, and the decision. */
public class ReviewForm extends DecisionForm {

    private List<Row> deliverables = new ArrayList<>();

    public static ReviewForm of(List<Deliverable> current) {
        ReviewForm form = new ReviewForm();
        current.forEach(d -> {
            Row row = new Row();
            row.setKind(d.getKind());
            row.setStatus(d.getStatus());
            row.setNote(d.getNote());
            form.deliverables.add(row);
        });
        return form;
    }

    public List<DeliverableUpdate> updates() {
        return deliverables.stream().filter(r -> r.getKind() != null && r.getStatus() != null)
                .map(r -> new DeliverableUpdate(r.getKind(), r.getStatus(), r.getNote())).toList();
    }

    public List<Row> getDeliverables() {
        return deliverables;
    }

    public void setDeliverables(List<Row> deliverables) {
        this.deliverables = deliverables;
    }

    /** One deliverable's line. */
    public static class Row {
        private DeliverableKind kind;
        private DeliverableStatus status;
        @Size(max = 500)
        private String note;

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
}
