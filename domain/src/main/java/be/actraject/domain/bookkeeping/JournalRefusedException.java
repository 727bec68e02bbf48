package be.actraject.domain.bookkeeping;

import be.actraject.domain.RefusedException;

import java.util.Locale;

/** A sales journal that cannot be made as asked; nothing is exported. */
public class JournalRefusedException extends RefusedException {

    public enum Reason { PERIOD_MISSING, PERIOD_REVERSED, PERIOD_TOO_LONG }

    private final Reason reason;

    public JournalRefusedException(Reason reason) {
        super("journal.refused." + reason.name().toLowerCase(Locale.ROOT), "Sales journal refused: " + reason,
                JournalPeriod.MAX_MONTHS);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
