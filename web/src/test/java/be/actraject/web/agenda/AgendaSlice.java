package be.actraject.web.agenda;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.agenda.Agenda;
import be.actraject.domain.agenda.AgendaItem;
import be.actraject.domain.agenda.AgendaOverview;
import be.actraject.domain.group.LearningGroups;
import be.actraject.web.support.WebSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;

/**
 * The agenda page's slice on the slices' fixed clock (Friday 20 November 2026), the domain's agenda mocked: a test
 * gives {@link Agenda#between}'s entries, and the week's or month's {@link Agenda#overview} is made from them as the
 * domain makes it — a day's reminders of a kind named up to the number asked, counted beyond.
 */
@WebMvcTest(AgendaController.class)
@Import({WebSliceConfiguration.class, AgendaTexts.class})
abstract class AgendaSlice {

    @Autowired
    MockMvc mvc;
    /** The slice's task screen helper needs it; the agenda does not. */
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    Agenda agenda;
    @MockitoBean
    TrajectoryParameters parameters;
    @MockitoBean
    LearningGroups groups;

    @BeforeEach
    void theOverviewFromTheEntries() {
        given(agenda.overview(any(), any(), any(), any(), anyInt())).willAnswer(call -> counted(
                agenda.between(call.getArgument(0), call.getArgument(1), call.getArgument(2), call.getArgument(3)),
                call.getArgument(4)));
        given(agenda.followUpsOn(any(), any(), any())).willAnswer(call -> agenda.between(call.getArgument(0),
                call.getArgument(1), ((LocalDate) call.getArgument(1)).plusDays(1), call.getArgument(2)).stream()
                .filter(i -> i.kind() == AgendaItem.Kind.AFTERCARE_FOLLOW_UP).toList());
    }

    /** The overview of every entry: the reminders of a kind on a day with more than {@code named} counted instead. */
    static AgendaOverview counted(List<AgendaItem> all, int named) {
        Map<LocalDate, Map<AgendaItem.Kind, Long>> reminders = all.stream()
                .filter(i -> AgendaOverview.COUNTED_KINDS.contains(i.kind()))
                .collect(Collectors.groupingBy(AgendaItem::day, Collectors.groupingBy(AgendaItem::kind,
                        Collectors.counting())));
        Map<LocalDate, Map<AgendaItem.Kind, Integer>> counted = new HashMap<>();
        reminders.forEach((day, kinds) -> kinds.forEach((kind, count) -> {
            if (count > named) {
                counted.computeIfAbsent(day, d -> new HashMap<>()).put(kind, count.intValue());
            }
        }));
        return new AgendaOverview(all.stream().filter(i -> !counted.getOrDefault(i.day(), Map.of())
                .containsKey(i.kind())).toList(), counted);
    }
}
