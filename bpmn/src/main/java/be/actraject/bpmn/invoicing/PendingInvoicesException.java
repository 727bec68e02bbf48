package be.actraject.bpmn.invoicing;

import be.actraject.domain.RefusedException;

/** The trajectory cannot end while invoices still wait for approval or correction. */
public class PendingInvoicesException extends RefusedException {

    private final int count;

    public PendingInvoicesException(int count) {
        super("decision.pendingInvoices", count + " invoices still wait for approval or correction", count);
        this.count = count;
    }

    public int count() {
        return count;
    }
}
