package be.actraject.web.exploration;

import be.actraject.domain.exploration.Deliverable;
import be.actraject.domain.exploration.DeliverableUpdate;
import jakarta.validation.Valid;

import java.util.ArrayList;
import java.util.List;

/** The deliverables as the coach keeps them up to date during the exploration, outside the phase review. */
public class ChecklistForm {

    private List<@Valid DeliverableRow> deliverables = new ArrayList<>();

    static ChecklistForm of(List<Deliverable> current) {
        ChecklistForm form = new ChecklistForm();
        form.deliverables = DeliverableRow.of(current);
        return form;
    }

    List<DeliverableUpdate> updates() {
        return DeliverableRow.updates(deliverables);
    }

    public List<DeliverableRow> getDeliverables() {
        return deliverables;
    }

    public void setDeliverables(List<DeliverableRow> deliverables) {
        this.deliverables = deliverables;
    }
}
