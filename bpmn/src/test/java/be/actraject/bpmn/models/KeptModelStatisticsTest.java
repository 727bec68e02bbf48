package be.actraject.bpmn.models;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** Issue 19: the model list's running counts asked for every page while few run, kept a while once many do. */
class KeptModelStatisticsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");

    private final ManagementService management = mock(ManagementService.class, Answers.RETURNS_DEEP_STUBS);
    private final KeptModelStatistics kept = new KeptModelStatistics(management,
            Clock.fixed(NOW, ZoneId.of("Europe/Brussels")), 1000, Duration.ofSeconds(30));

    private void running(long instances, int incidents) {
        ProcessDefinitionStatistics definition = mock(ProcessDefinitionStatistics.class);
        IncidentStatistics incident = mock(IncidentStatistics.class);
        given(incident.getIncidentCount()).willReturn(incidents);
        given(definition.getId()).willReturn("trajectory:1:abc");
        given(definition.getInstances()).willReturn((int) instances);
        given(definition.getIncidentStatistics()).willReturn(List.of(incident));
        given(management.createProcessDefinitionStatisticsQuery().includeIncidents().list())
                .willReturn(List.of(definition));
    }

    @Test
    void fewRunningAreCountedForEveryPage() {
        running(999, 2);

        KeptModelStatistics.Counted first = kept.statistics();
        kept.statistics();

        assertThat(first.countedAt()).isNull();
        assertThat(first.of("trajectory:1:abc")).isEqualTo(new KeptModelStatistics.Definition(999, 2));
        assertThat(first.of("training:1:def")).as("no instances").isEqualTo(new KeptModelStatistics.Definition(0, 0));
        verify(management.createProcessDefinitionStatisticsQuery().includeIncidents(), times(2)).list();
    }

    @Test
    void manyRunningAreKeptAWhileSaySinceWhenAndAMigrationForgetsThem() {
        running(1000, 0);

        KeptModelStatistics.Counted first = kept.statistics();
        KeptModelStatistics.Counted again = kept.statistics();

        assertThat(first.countedAt()).isEqualTo(NOW);
        assertThat(again).isSameAs(first);
        verify(management.createProcessDefinitionStatisticsQuery().includeIncidents(), times(1)).list();
        kept.forget();
        kept.statistics();
        verify(management.createProcessDefinitionStatisticsQuery().includeIncidents(), times(2)).list();
    }
}
