package be.actraject.domain.training;

import be.actraject.domain.RefusedException;
import be.actraject.domain.belgium.EnterpriseNumber;

/**
 * One enterprise is one provider: two providers with the same enterprise number would split its modules, and an
 * enrolment's provider could no longer be told apart by the number on its invoice.
 */
public class DuplicateProviderException extends RefusedException {

    public DuplicateProviderException(EnterpriseNumber number, String otherProvider) {
        super("training.provider.duplicate", "Enterprise number " + number + " is provider " + otherProvider
                + "'s already", number.formatted(), otherProvider);
    }

    /** The number was saved by a colleague at the same moment, as a provider not known here yet. */
    public DuplicateProviderException(EnterpriseNumber number) {
        super("training.provider.duplicate.meanwhile", "Enterprise number " + number + " was saved meanwhile",
                number.formatted());
    }
}
