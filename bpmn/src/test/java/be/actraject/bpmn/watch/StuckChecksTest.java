package be.actraject.bpmn.watch;

import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The watch around its checks, on rows made of mocks: every kind counted in its order, a page read only for the kinds
 * with stuck items, one check for each kind. What each check's SQL finds: {@link StuckWatchContract}.
 */
class StuckChecksTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:30:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private final StuckRows rows = mock(StuckRows.class);
    private final Caseload caseload = mock(Caseload.class);

    @Test
    void theWatchCountsEveryKindInItsOrderAndNeedsOneCheckForEach() {
        List<StuckCheck> checks = Arrays.stream(StuckKind.values()).map(StuckChecksTest::check).toList();
        Map<StuckKind, Long> counts = new EnumMap<>(StuckKind.class);
        Arrays.stream(StuckKind.values()).forEach(kind -> counts.put(kind, 0L));
        counts.put(StuckKind.IDLE, 2L);
        given(rows.counts(any(), any())).willReturn(new StuckRows.Counts(counts, 40));
        given(rows.page(any(), any(), anyInt(), anyInt(), any())).willReturn(List.of(
                StuckItem.idle(StuckItem.Dossier.unknown(7L), null), StuckItem.idle(StuckItem.Dossier.UNKNOWN, null)));
        given(caseload.byIds(any())).willReturn(Map.of());
        List<StuckCheck> backwards = new ArrayList<>(checks);
        Collections.reverse(backwards);
        StuckTrajectories watch = watch(backwards);

        WatchView view = watch.overview(Actor.of("admin", Role.ADMINISTRATOR));

        assertThat(view.counts().keySet()).containsExactly(StuckKind.values());
        assertThat(view.lists().keySet()).as("only kinds with stuck items").containsExactly(StuckKind.IDLE);
        assertThat(view.lists().get(StuckKind.IDLE).items()).hasSize(2);
        assertThat(view.running()).isEqualTo(40);
        assertThat(view.checkedAt()).as("looked at for this page: few run").isNull();
        verify(rows, times(1)).page(any(), any(), anyInt(), anyInt(), any());
        assertThatIllegalStateException().isThrownBy(() -> watch(checks.subList(1, checks.size())));
        assertThatIllegalStateException().isThrownBy(() -> watch(
                Stream.concat(checks.stream(), Stream.of(check(StuckKind.IDLE))).toList()));
    }

    @Test
    void onceManyRunEachLookIsKeptAWhileSaysFromWhenAndARepairForgetsThem() {
        List<StuckCheck> checks = Arrays.stream(StuckKind.values()).map(StuckChecksTest::check).toList();
        Map<StuckKind, Long> counts = new EnumMap<>(StuckKind.class);
        Arrays.stream(StuckKind.values()).forEach(kind -> counts.put(kind, 0L));
        given(rows.counts(any(), any())).willReturn(new StuckRows.Counts(counts, 1000));
        given(caseload.byIds(any())).willReturn(Map.of());
        KeptLooks kept = new KeptLooks(1000, Duration.ofSeconds(30));
        StuckTrajectories watch = new StuckTrajectories(checks, rows, caseload, new WatchParameters(), kept,
                Clock.fixed(NOW, ZONE));
        Actor admin = Actor.of("admin", Role.ADMINISTRATOR);

        WatchView first = watch.overview(admin);
        WatchView again = watch.overview(admin);

        assertThat(first.checkedAt()).isEqualTo(NOW);
        assertThat(again).isSameAs(first);
        verify(rows, times(1)).counts(any(), any());
        WatchView idle = watch.ofKind(admin, StuckKind.IDLE, 1);
        assertThat(idle).as("a kind's page is a look of its own").isNotSameAs(first);
        assertThat(idle.kind()).isEqualTo(StuckKind.IDLE);
        assertThat(idle.checkedAt()).isEqualTo(NOW);
        verify(rows, times(2)).counts(any(), any());
        assertThat(watch.ofKind(admin, StuckKind.IDLE, 1)).isSameAs(idle);
        assertThat(watch.ofKind(admin, StuckKind.IDLE, 2)).as("another page, another look").isNotSameAs(idle);
        assertThat(watch.ofKind(admin, StuckKind.NO_PROCESS, 1).kind()).isEqualTo(StuckKind.NO_PROCESS);
        verify(rows, times(4)).counts(any(), any());
        kept.forget();
        watch.overview(admin);
        watch.ofKind(admin, StuckKind.IDLE, 1);
        verify(rows, times(6)).counts(any(), any());
        assertThatExceptionOfType(NotPermittedException.class).as("kept or not, for administrators only")
                .isThrownBy(() -> watch.overview(Actor.of("coach", Role.COACH)));
        assertThatExceptionOfType(NotPermittedException.class).as("a kept kind's page too")
                .isThrownBy(() -> watch.ofKind(Actor.of("coach", Role.COACH), StuckKind.IDLE, 1));
    }

    private StuckTrajectories watch(List<StuckCheck> checks) {
        return new StuckTrajectories(checks, rows, caseload, new WatchParameters(),
                new KeptLooks(1000, Duration.ofSeconds(30)), Clock.fixed(NOW, ZONE));
    }

    private static StuckCheck check(StuckKind kind) {
        return new StuckCheck() {
            @Override
            public StuckKind kind() {
                return kind;
            }

            @Override
            public String columns() {
                return "";
            }

            @Override
            public String from() {
                return "";
            }

            @Override
            public String orderBy() {
                return "";
            }
        };
    }
}
