package be.actraject.bpmn.engine;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must follow a change only once the change is stored for good: a kept count forgotten, a setting taken
 * by the running application. Engine and domain share the transaction, so a rollback of either leaves it undone.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /**
     * Runs {@code work} once the running transaction commits; at once when none runs; never when it rolls back. A kept
     * count forgotten before the commit could be counted again in between without the change, and kept so.
     */
    public static void run(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
