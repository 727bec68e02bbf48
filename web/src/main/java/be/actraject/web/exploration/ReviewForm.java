package be.actraject.web.exploration;

import be.actraject.domain.exploration.Deliverable;
import be.actraject.domain.exploration.DeliverableUpdate;
import be.actraject.web.decision.DecisionForm;
import jakarta.validation.Valid;

import java.util.ArrayList;
import java.util.List;

/** The exploration review: where each deliverable stands (as kept up to date in the dossier), and the decision. */
public class ReviewForm extends DecisionForm {

    private List<@Valid DeliverableRow> deliverables = new ArrayList<>();

    public static ReviewForm of(List<Deliverable> current) {
        ReviewForm form = new ReviewForm();
        form.deliverables = DeliverableRow.of(current);
        return form;
    }

    public List<DeliverableUpdate> updates() {
        return DeliverableRow.updates(deliverables);
    }

    public List<DeliverableRow> getDeliverables() {
        return deliverables;
    }

    public void setDeliverables(List<DeliverableRow> deliverables) {
        this.deliverables = deliverables;
    }
}
