package be.actraject.domain.aftercare;

import java.util.Collection;
import java.util.Comparator;

/** "Nog zelfstandig?" on the dossier of an exited candidate: read from the latest follow-up, unknown without one. */
public enum StillInBusiness {
    YES,
    NO,
    UNKNOWN;

    /** The answer of the follow-up contacted last; a later contact says more than an earlier one. */
    public static StillInBusiness of(Collection<AftercareContact> contacts) {
        return contacts.stream()
                .max(Comparator.comparing(AftercareContact::getContactedOn))
                .map(c -> c.getSituation().inBusiness() ? YES : NO)
                .orElse(UNKNOWN);
    }
}
