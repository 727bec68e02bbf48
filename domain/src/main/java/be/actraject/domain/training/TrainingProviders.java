package be.actraject.domain.training;

import be.actraject.domain.access.Actor;
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
        return providers.save(new TrainingProvider(draft));
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
        return provider;
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

    @Transactional(readOnly = true)
    public List<TrainingProvider> all() {
        return providers.findAllByOrderByNameAsc();
    }
}
