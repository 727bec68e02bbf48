package be.actraject.domain.sector;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.candidate.SearchKeys;
import be.actraject.workflow.Role;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.List;

/**
 * The expert register, kept by coaches and coordinators, who introduce candidates to them; nobody else reads it, as
 * it holds people's contact details. One expert per e-mail address.
 */
@Service
@Validated
public class Experts {

    private final ExpertRepository experts;
    private final Clock clock;

    public Experts(ExpertRepository experts, Clock clock) {
        this.experts = experts;
        this.clock = clock;
    }

    /** @throws DuplicateExpertException when the address is registered already */
    @Transactional
    public Expert register(@Valid ExpertEntry entry, Actor actor) {
        requireKeeper(actor);
        requireNamed(entry);
        if (experts.findByEmail(entry.normalisedEmail()).isPresent()) {
            throw new DuplicateExpertException(entry.normalisedEmail());
        }
        try {
            return experts.saveAndFlush(new Expert(entry, actor.userId(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // Registered by a colleague meanwhile: the unique index stops it at the flush (not at the commit, where it
            // would be a 500), and it is the same refusal.
            throw new DuplicateExpertException(entry.normalisedEmail());
        }
    }

    /** @throws DuplicateExpertException when another expert has the address */
    @Transactional
    public void update(long expertId, @Valid ExpertEntry entry, Actor actor) {
        requireKeeper(actor);
        requireNamed(entry);
        Expert expert = expert(expertId, actor);
        experts.findByEmail(entry.normalisedEmail()).filter(other -> !other.getId().equals(expertId))
                .ifPresent(other -> {
                    throw new DuplicateExpertException(entry.normalisedEmail());
                });
        expert.update(entry);
        try {
            experts.flush();
        } catch (DataIntegrityViolationException e) {
            throw new DuplicateExpertException(entry.normalisedEmail());
        }
    }

    @Transactional(readOnly = true)
    public Expert expert(long expertId, Actor actor) {
        requireKeeper(actor);
        return experts.findById(expertId).orElseThrow(() -> new ExpertNotFoundException(expertId));
    }

    /**
     * The experts whose name or field holds the words typed, by name; all of them for no words. Accents, case and
     * punctuation do not count: "cagri" finds Çağrı, "OZTURK" Öztürk (the words are folded as the key is, which also
     * takes LIKE's wildcards out).
     */
    @Transactional(readOnly = true)
    public List<Expert> search(String words, Actor actor) {
        requireKeeper(actor);
        String folded = SearchKeys.name(words);
        if (folded.isEmpty()) {
            return Typed.clean(words) == null ? experts.findAllByOrderBySearchKeyAscIdAsc() : List.of();
        }
        return experts.search("%" + folded + "%");
    }

    /** @throws NotPermittedException for anyone but coaches and coordinators, who keep the register */
    public static void requireKeeper(Actor actor) {
        if (!actor.has(Role.COACH) && !actor.has(Role.COORDINATOR)) {
            throw new NotPermittedException(actor.userId(), "keep the expert register");
        }
    }

    private static void requireNamed(ExpertEntry entry) {
        if (Typed.clean(entry.name()) == null || Typed.clean(entry.field()) == null) {
            throw new IllegalArgumentException("An expert has a name and a field");
        }
    }
}
