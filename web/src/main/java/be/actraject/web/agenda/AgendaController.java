package be.actraject.web.agenda;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.access.Actor;
import be.actraject.domain.agenda.Agenda;
import be.actraject.domain.agenda.AgendaItem;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The agenda page: a week (the default) or a month of the signed-in person's caseload, with previous and next. */
@Controller
class AgendaController {

    /** A day asked for further away than this is a mistyped address: the page shows this week instead. */
    private static final int YEARS_AROUND = 10;
    /** Follow-ups on a page of one day's list. */
    static final int FOLLOW_UPS_PAGE = 50;

    private final Agenda agenda;
    private final TrajectoryParameters parameters;
    private final LearningGroups groups;
    private final Clock clock;

    AgendaController(Agenda agenda, TrajectoryParameters parameters, LearningGroups groups, Clock clock) {
        this.agenda = agenda;
        this.parameters = parameters;
        this.groups = groups;
        this.clock = clock;
    }

    @GetMapping("/agenda")
    String show(@RequestParam(required = false) String view, @RequestParam(required = false) String date,
                Actor actor, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = dayOrToday(date, today);
        AgendaPeriod period = "month".equals(view) ? AgendaPeriod.month(day) : AgendaPeriod.week(day);
        Map<LocalDate, List<AgendaItem>> byDay = agenda.between(actor, period.from(), period.until(),
                parameters.getAftercareFollowUps()).stream().collect(Collectors.groupingBy(AgendaItem::day));
        List<AgendaDay> days = new ArrayList<>();
        for (LocalDate d = period.from(); d.isBefore(period.until()); d = d.plusDays(1)) {
            days.add(AgendaDay.of(d, period.holds(d), d.equals(today), byDay.getOrDefault(d, List.of())));
        }
        model.addAttribute("period", period);
        model.addAttribute("days", days);
        model.addAttribute("weeks", weeks(days));
        model.addAttribute("today", today);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("openGroups", openGroups(actor));
        return "agenda/show";
    }

    /**
     * One day's aftercare follow-ups, all of them, {@value #FOLLOW_UPS_PAGE} a page, in the agenda's order: where the
     * week or month names the first few of a busy day and counts the rest.
     */
    @GetMapping("/agenda/follow-ups")
    String followUps(@RequestParam(required = false) String date, @RequestParam(required = false) String page,
                     Actor actor, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = dayOrToday(date, today);
        List<AgendaItem> all = agenda.between(actor, day, day.plusDays(1), parameters.getAftercareFollowUps())
                .stream().filter(i -> i.kind() == AgendaItem.Kind.AFTERCARE_FOLLOW_UP).toList();
        int last = Math.max(0, (all.size() - 1) / FOLLOW_UPS_PAGE);
        int shown = Math.min(pageOrFirst(page), last);
        model.addAttribute("day", day);
        model.addAttribute("followUps", all.subList(shown * FOLLOW_UPS_PAGE,
                Math.min(all.size(), (shown + 1) * FOLLOW_UPS_PAGE)));
        model.addAttribute("total", all.size());
        model.addAttribute("page", shown);
        model.addAttribute("lastPage", last);
        return "agenda/follow-ups";
    }

    /** A page number as typed in the address; the first for none, a negative or a mistyped one. */
    private static int pageOrFirst(String page) {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The day in the address (yyyy-MM-dd), or today for none, a mistyped one or one decades away. */
    private static LocalDate dayOrToday(String date, LocalDate today) {
        if (date == null || date.isBlank() || date.length() > 10) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(date);
            boolean near = !day.isBefore(today.minusYears(YEARS_AROUND)) && !day.isAfter(today.plusYears(YEARS_AROUND));
            return near ? day : today;
        } catch (DateTimeParseException e) {
            return today;
        }
    }

    /**
     * The groups whose page the actor may open, to link a session there: the coordinators' every group, a coach's
     * those she leads (her candidates' sessions in a colleague's group show without a link).
     */
    private Set<Long> openGroups(Actor actor) {
        return groups.all().stream()
                .filter(g -> actor.has(Role.COORDINATOR) || actor.userId().equals(g.getCoach()))
                .map(LearningGroup::getId).collect(Collectors.toSet());
    }

    private static List<List<AgendaDay>> weeks(List<AgendaDay> days) {
        List<List<AgendaDay>> weeks = new ArrayList<>();
        for (int i = 0; i < days.size(); i += 7) {
            weeks.add(days.subList(i, i + 7));
        }
        return weeks;
    }
}
