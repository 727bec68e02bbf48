package be.actraject.web.settings;

import be.actraject.bpmn.models.ApprovalRule;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The approval rule's table as typed: its rows, each one removable, and the reason for the change. */
public class RuleTableForm {

    private List<RowForm> rows = new ArrayList<>();
    @Size(max = 500)
    private String reason;

    /** One row as typed. */
    public static class RowForm {
        private String issuedCount;
        private String amount;
        private boolean coordinatorToo;
        @Size(max = 200)
        private String description;
        private boolean remove;

        static RowForm of(ApprovalRule.Row row) {
            RowForm form = new RowForm();
            form.issuedCount = row.issuedCount();
            form.amount = row.amount();
            form.coordinatorToo = row.coordinatorToo();
            form.description = row.description();
            return form;
        }

        public String getIssuedCount() {
            return issuedCount;
        }

        public void setIssuedCount(String issuedCount) {
            this.issuedCount = issuedCount;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public boolean isCoordinatorToo() {
            return coordinatorToo;
        }

        public void setCoordinatorToo(boolean coordinatorToo) {
            this.coordinatorToo = coordinatorToo;
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
    static RuleTableForm of(List<ApprovalRule.Row> rows, UnaryOperator<String> amountShown,
            UnaryOperator<String> descriptionShown) {
        RuleTableForm form = new RuleTableForm();
        rows.forEach(r -> {
            RowForm row = RowForm.of(r);
            row.amount = amountShown.apply(row.amount);
            row.description = descriptionShown.apply(row.description);
            form.rows.add(row);
        });
        return form;
    }

    /** A new row, just before the last one (which catches every invoice). */
    void addRow() {
        rows.add(Math.max(0, rows.size() - 1), new RowForm());
    }

    List<ApprovalRule.Row> toRows() {
        return rows.stream().filter(r -> !r.remove)
                .map(r -> new ApprovalRule.Row(r.issuedCount, r.amount, r.coordinatorToo, r.description)).toList();
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
