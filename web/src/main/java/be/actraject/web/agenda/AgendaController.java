package be.actraject.web.agenda;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.access.Actor;
import be.actraject.domain.agenda.Agenda;
import be.actraject.domain.agenda.AgendaItem;
import be.actraject.domain.agenda.AgendaOverview;
import be.actraject.domain.agenda.ReminderPage;
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
    /** Reminders on a page of one day's list. */
    static final int REMINDERS_PAGE = 50;

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
        refusedDate(date, today, model);
        AgendaPeriod period = "month".equals(view) ? AgendaPeriod.month(day) : AgendaPeriod.week(day);
        AgendaOverview overview = agenda.overview(actor, period.from(), period.until(),
                parameters.getAftercareFollowUps(), AgendaDay.NAMED);
        Map<LocalDate, List<AgendaItem>> byDay = overview.items().stream()
                .collect(Collectors.groupingBy(AgendaItem::day));
        List<AgendaDay> days = new ArrayList<>();
        for (LocalDate d = period.from(); d.isBefore(period.until()); d = d.plusDays(1)) {
            days.add(new AgendaDay(d, period.holds(d), d.equals(today), byDay.getOrDefault(d, List.of()),
                    overview.countedOn(d)));
        }
        model.addAttribute("period", period);
        model.addAttribute("countedAt", overview.countedAt());
        model.addAttribute("days", days);
        model.addAttribute("weeks", weeks(days));
        model.addAttribute("today", today);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("openGroups", openGroups(actor));
        return "agenda/show";
    }

    /**
     * One day's reminders of one kind ({@link AgendaOverview#COUNTED_KINDS}; aftercare follow-ups when none or
     * another is asked), all of them, {@value #REMINDERS_PAGE} a page, in the agenda's order: where the week or month
     * links a busy day's count of them.
     */
    @GetMapping("/agenda/reminders")
    String reminders(@RequestParam(required = false) String date, @RequestParam(required = false) String kind,
                     @RequestParam(required = false) String page, Actor actor, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = dayOrToday(date, today);
        refusedDate(date, today, model);
        AgendaItem.Kind shownKind = reminderKind(kind);
        // A link typed or cut by hand: said above the list, so that an empty list is not read as that day's.
        model.addAttribute("kindRefused", AgendaOverview.COUNTED_KINDS.stream().noneMatch(k -> k.name().equals(kind)));
        ReminderPage shown = switch (shownKind) {
            case NEXT_CONVERSATION -> agenda.nextConversationsOn(actor, day, pageOrFirst(page), REMINDERS_PAGE);
            case PRE_INVOICING_LIMIT, INVOICING_LIMIT ->
                    agenda.limitsOn(actor, shownKind, day, pageOrFirst(page), REMINDERS_PAGE);
            default -> followUpsOn(actor, day, pageOrFirst(page));
        };
        model.addAttribute("day", day);
        model.addAttribute("kind", shownKind);
        model.addAttribute("reminders", shown.items());
        model.addAttribute("total", shown.total());
        model.addAttribute("page", shown.page());
        model.addAttribute("lastPage", shown.lastPage());
        return "agenda/reminders";
    }

    /**
     * A day's follow-ups, paged here: their due day is worked out from each exit's schedule, so the day's are read
     * whole — a few dozen at 30,000 candidates, where a day's next conversations are thousands.
     */
    private ReminderPage followUpsOn(Actor actor, LocalDate day, int page) {
        List<AgendaItem> all = agenda.followUpsOn(actor, day, parameters.getAftercareFollowUps());
        int shown = Math.min(page, Math.max(0, (all.size() - 1) / REMINDERS_PAGE));
        return new ReminderPage(all.subList(shown * REMINDERS_PAGE, Math.min(all.size(),
                (shown + 1) * REMINDERS_PAGE)), all.size(), shown, REMINDERS_PAGE);
    }

    private static AgendaItem.Kind reminderKind(String kind) {
        return AgendaOverview.COUNTED_KINDS.stream().filter(k -> k.name().equals(kind)).findFirst()
                .orElse(AgendaItem.Kind.AFTERCARE_FOLLOW_UP);
    }

    /**
     * A page number as typed in the address; the first for none, a negative or a mistyped one; one past any int (an
     * old bookmark, {@code ?page=99999999999}) is past the end, which the day's list shows as its last page.
     */
    private static int pageOrFirst(String page) {
        String typed = page == null ? "" : page.strip();
        try {
            return typed.isEmpty() ? 0 : Math.max(0, Integer.parseInt(typed));
        } catch (NumberFormatException e) {
            return typed.matches("[0-9]+") ? Integer.MAX_VALUE : 0;
        }
    }

    /**
     * Tells the page that the day in the address was not taken ({@code dateRefused}: what was typed, cut to 40
     * characters), so that it says it shows today instead of that day.
     */
    private static void refusedDate(String date, LocalDate today, Model model) {
        if (date != null && !date.isBlank() && !dayOrToday(date, today).toString().equals(date.strip())) {
            String typed = date.strip();
            model.addAttribute("dateRefused", typed.length() > 40 ? typed.substring(0, 40) + "…" : typed);
        }
    }

    /** The day in the address (yyyy-MM-dd), or today for none, a mistyped one or one decades away. */
    private static LocalDate dayOrToday(String date, LocalDate today) {
        if (date == null || date.isBlank() || date.strip().length() > 10) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(date.strip());
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
