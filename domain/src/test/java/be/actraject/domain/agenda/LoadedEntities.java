package be.actraject.domain.agenda;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;

import java.util.Set;
import java.util.stream.Collectors;

/** What a read left in the persistence context: the ids of the entities of one kind it loaded (issue 19). */
final class LoadedEntities {

    private LoadedEntities() {
    }

    /** The ids of the {@code type} entities the session holds; clear it before the read to see that read's only. */
    static Set<Object> ids(EntityManager entities, Class<?> type) {
        return entities.unwrap(Session.class).getStatistics().getEntityKeys().stream().map(EntityKey.class::cast)
                .filter(key -> key.getEntityName().equals(type.getName())).map(EntityKey::getIdentifier)
                .collect(Collectors.toSet());
    }
}
