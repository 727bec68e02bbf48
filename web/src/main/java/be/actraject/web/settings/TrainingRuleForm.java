package be.actraject.web.settings;

import be.actraject.bpmn.training.TrainingApprovalRule;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The training-approval rule's table as typed: its rows, each one removable, and the reason for the change. */
public class TrainingRuleForm {

    private List<RowForm> rows = new ArrayList<>();
    @Size(max = 500)
    private String reason;

    /** One row as typed; no payer or phase chosen (or only "any") is any. */
    public static class RowForm {
        private List<String> payers = new ArrayList<>();
        private String cost;
        private List<String> phases = new ArrayList<>();
        private boolean coordinatorAgrees;
        @Size(max = 200)
        private String description;
        private boolean remove;

        static RowForm of(TrainingApprovalRule.Row row) {
            RowForm form = new RowForm();
            form.payers = new ArrayList<>(row.payers());
            form.cost = row.cost();
            form.phases = new ArrayList<>(row.phases());
            form.coordinatorAgrees = row.coordinatorAgrees();
            form.description = row.description();
            return form;
        }

        public List<String> getPayers() {
            return payers;
        }

        public void setPayers(List<String> payers) {
            this.payers = payers == null ? new ArrayList<>() : payers;
        }

        public String getCost() {
            return cost;
        }

        public void setCost(String cost) {
            this.cost = cost;
        }

        public List<String> getPhases() {
            return phases;
        }

        public void setPhases(List<String> phases) {
            this.phases = phases == null ? new ArrayList<>() : phases;
        }

        public boolean isCoordinatorAgrees() {
            return coordinatorAgrees;
        }

        public void setCoordinatorAgrees(boolean coordinatorAgrees) {
            this.coordinatorAgrees = coordinatorAgrees;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    /**
     * @param amountShown      how a saved amount condition is shown: with the reader's decimal separator
     * @param descriptionShown how a saved description is shown: a shipped one in the reader's language
     */
    static TrainingRuleForm of(List<TrainingApprovalRule.Row> rows, UnaryOperator<String> amountShown,
            UnaryOperator<String> descriptionShown) {
        TrainingRuleForm form = new TrainingRuleForm();
        rows.forEach(r -> {
            RowForm row = RowForm.of(r);
            row.cost = amountShown.apply(row.cost);
            row.description = descriptionShown.apply(row.description);
            form.rows.add(row);
        });
        return form;
    }

    /** A new row, just before the last one (which catches every enrolment). */
    void addRow() {
        rows.add(Math.max(0, rows.size() - 1), new RowForm());
    }

    List<TrainingApprovalRule.Row> toRows() {
        return rows.stream().filter(r -> !r.remove).map(r -> new TrainingApprovalRule.Row(r.payers, r.cost,
                r.phases, r.coordinatorAgrees, r.description)).toList();
    }

    public List<RowForm> getRows() {
        return rows;
    }

    public void setRows(List<RowForm> rows) {
        this.rows = rows;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
