package be.actraject.bpmn.models;

import be.actraject.bpmn.engine.AfterCommit;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What runs on each process definition and its incidents, kept a short while once many instances run (issue 19).
 * The engine's statistics query ({@code ManagementService.createProcessDefinitionStatisticsQuery()}) counts every
 * execution, so at 30,000 candidates it took 45–55 ms of the model list's page (24 ms at 300) and grew with what runs;
 * no index makes a count flat. Below {@code actraject.models.statistics-kept-from} running instances (1,000) it is
 * asked for every page, as before; from there on kept for at most {@code actraject.models.statistics-max-age} (30 s)
 * on this node, the same for every coordinator, and the page says when it was counted. A migration of instances on
 * this node forgets it once committed ({@link #forget}); one on another node shows within the maximum age.
 */
@Component
class KeptModelStatistics {

    private static final String ALL = "all";

    private final ManagementService management;
    private final Clock clock;
    private final long keptFrom;
    private final Cache<String, Counted> kept;

    KeptModelStatistics(ManagementService management, Clock clock,
                        @Value("${actraject.models.statistics-kept-from:1000}") long keptFrom,
                        @Value("${actraject.models.statistics-max-age:30s}") Duration maxAge) {
        this.management = management;
        this.clock = clock;
        this.keptFrom = keptFrom;
        this.kept = Caffeine.newBuilder().maximumSize(1).expireAfterWrite(maxAge).build();
    }

    /** The statistics of every process definition that has instances, kept or asked now. */
    Counted statistics() {
        Counted counted = kept.getIfPresent(ALL);
        if (counted != null) {
            return counted;
        }
        Map<String, Definition> fresh = management.createProcessDefinitionStatisticsQuery().includeIncidents().list()
                .stream().collect(Collectors.toMap(ProcessDefinitionStatistics::getId, s -> new Definition(
                        s.getInstances(), s.getIncidentStatistics().stream()
                        .mapToInt(IncidentStatistics::getIncidentCount).sum())));
        if (fresh.values().stream().mapToLong(Definition::instances).sum() < keptFrom) {
            return new Counted(fresh, null);
        }
        Counted keeping = new Counted(Map.copyOf(fresh), clock.instant());
        kept.put(ALL, keeping);
        return keeping;
    }

    /** Forgets the kept statistics once the running transaction commits (at once without one). */
    void forget() {
        AfterCommit.run(kept::invalidateAll);
    }

    /** @param instances running instances of the definition; @param incidents their open incidents */
    record Definition(long instances, long incidents) {
    }

    /**
     * @param byDefinition by process definition id; a definition without instances is absent
     * @param countedAt    when they were counted, when kept; null when asked for this page
     */
    record Counted(Map<String, Definition> byDefinition, Instant countedAt) {

        Definition of(String definitionId) {
            return byDefinition.getOrDefault(definitionId, new Definition(0, 0));
        }
    }
}
