package be.actraject.bpmn.invoicing;

/** The trajectory cannot end while invoices still wait for approval or correction. */
public class PendingInvoicesException extends RuntimeException {

    private final int count;

    public PendingInvoicesException(int count) {
        super(count + " invoices still wait for approval or correction");
        this.count = count;
    }

    public int count() {
        return count;
    }
}
