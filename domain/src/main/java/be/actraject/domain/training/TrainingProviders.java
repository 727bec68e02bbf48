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

    /** @throws be.actraject.domain.access.NotPermittedException for anyone but a coordinator */
    @Transactional
    public TrainingProvider create(ProviderDraft draft, Actor actor) {
        CoordinatorsOnly.require(actor, "add training providers");
        return providers.save(new TrainingProvider(draft));
    }

    /** @throws be.actraject.domain.access.NotPermittedException for anyone but a coordinator */
    @Transactional
    public TrainingProvider change(long id, ProviderDraft draft, Actor actor) {
        CoordinatorsOnly.require(actor, "change training providers");
        TrainingProvider provider = get(id);
        provider.set(draft);
        return provider;
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
