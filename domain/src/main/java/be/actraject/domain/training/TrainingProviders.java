package be.actraject.domain.training;

import be.actraject.domain.access.Actor;
import be.actraject.domain.text.DutchOrder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The providers of training modules: kept by coordinators, read by every member of staff who enrols candidates. */
@Service
public class TrainingProviders {

    private final TrainingProviderRepository providers;

    public TrainingProviders(TrainingProviderRepository providers) {
        this.providers = providers;
    }

    /**
     * @throws be.actraject.domain.access.NotPermittedException for anyone but a coordinator
     * @throws DuplicateProviderException                       when another provider has its enterprise number
     */
    @Transactional
    public TrainingProvider create(ProviderDraft draft, Actor actor) {
        CoordinatorsOnly.require(actor, "add training providers");
        requireOwnNumber(null, draft);
        try {
            return providers.saveAndFlush(new TrainingProvider(draft));
        } catch (DataIntegrityViolationException e) {
            throw takenMeanwhile(draft);
        }
    }

    /**
     * @throws be.actraject.domain.access.NotPermittedException for anyone but a coordinator
     * @throws DuplicateProviderException                       when another provider has its enterprise number
     */
    @Transactional
    public TrainingProvider change(long id, ProviderDraft draft, Actor actor) {
        CoordinatorsOnly.require(actor, "change training providers");
        TrainingProvider provider = get(id);
        requireOwnNumber(id, draft);
        provider.set(draft);
        try {
            providers.flush();
        } catch (DataIntegrityViolationException e) {
            throw takenMeanwhile(draft);
        }
        return provider;
    }

    /**
     * The check and the write are not one step: a colleague who saved the same number meanwhile is stopped by the
     * unique index (V35) at the flush, here rather than at the commit, where it would be a 500. It is the same
     * refusal; the other provider's name cannot be read in a transaction the failed write has spoilt, so the
     * sentence says a colleague just saved it.
     */
    private static DuplicateProviderException takenMeanwhile(ProviderDraft draft) {
        return new DuplicateProviderException(draft.enterpriseNumber());
    }

    /**
     * The number is compared as the entity keeps it (its ten digits, {@link be.actraject.domain.belgium.EnterpriseNumber#parse}
     * having read dots, spaces and "BE" away), so 0566.988.259 and BE 0566988259 are one enterprise. The unique
     * index (V35) holds the line against two coordinators saving at once.
     */
    private void requireOwnNumber(Long id, ProviderDraft draft) {
        providers.findByEnterpriseNumber(draft.enterpriseNumber().digits())
                .filter(other -> !other.getId().equals(id))
                .ifPresent(other -> {
                    throw new DuplicateProviderException(draft.enterpriseNumber(), other.getName());
                });
    }

    @Transactional(readOnly = true)
    public TrainingProvider get(long id) {
        return providers.findById(id).orElseThrow(() -> new TrainingNotFoundException("provider", id));
    }

    /** Every provider, by name in Dutch order ({@link DutchOrder}). */
    @Transactional(readOnly = true)
    public List<TrainingProvider> all() {
        return providers.findAll().stream().sorted(DutchOrder.by(TrainingProvider::getName)).toList();
    }
}
