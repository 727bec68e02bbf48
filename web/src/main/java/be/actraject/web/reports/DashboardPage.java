package be.actraject.web.reports;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.figures.Figure;
import be.actraject.domain.figures.FigureResult;
import be.actraject.domain.figures.FigureRow;
import be.actraject.domain.figures.Figures;
import be.actraject.domain.figures.Period;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.workflow.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's model: every figure of the catalogue for the period and the one before (two grouped queries per
 * figure, {@link Figures}; kept a minute once there are many trajectories, and then said so), the drill-down link of
 * each number, the charts ({@link DashboardCharts}) and the choices of the filter form.
 */
@Component
class DashboardPage {

    private final Figures figures;
    private final Accounts accounts;
    private final LearningGroups groups;
    private final MessageSource messages;

    DashboardPage(Figures figures, Accounts accounts, LearningGroups groups, MessageSource messages) {
        this.figures = figures;
        this.accounts = accounts;
        this.groups = groups;
        this.messages = messages;
    }

    /** The form's choices: a coordinator filters by any coach, a coach only by themselves. */
    void fillChoices(Actor actor, Model model) {
        boolean seesAll = seesAll(actor);
        model.addAttribute("seesAll", seesAll);
        model.addAttribute("coaches", seesAll ? accounts.members(Role.COACH).stream()
                .map(a -> Map.entry(a.userId(), a.displayName())).toList()
                : List.of(Map.entry(actor.userId(), accounts.displayNames().getOrDefault(actor.userId(),
                actor.userId()))));
        model.addAttribute("groups", groups.all());
    }

    void fill(ReportForm form, ReportRequest request, Actor actor, Locale locale, Model model) {
        KeyLabels labels = labels(locale);
        Period period = request.period();
        Period previous = period.previous();
        List<FigureLine> lines = new ArrayList<>();
        Map<Figure, FigureResult> current = new EnumMap<>(Figure.class);
        List<FigureResult> counted = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            if (figure.shape() == Figure.Shape.SURVIVAL) {
                continue;
            }
            FigureResult now = figures.count(figure, period, request.filter(), actor);
            FigureResult before = figure.overPeriod() ? figures.count(figure, previous, request.filter(), actor) : null;
            current.put(figure, now);
            counted.add(now);
            if (before != null) {
                counted.add(before);
            }
            lines.add(new FigureLine(figure, cells(form, figure, now, before, labels)));
        }
        model.addAttribute("period", period);
        model.addAttribute("previous", previous);
        model.addAttribute("lines", lines);
        // Kept figures (many trajectories) say when the oldest of them was counted; none kept, nothing said.
        model.addAttribute("countedAt", counted.stream().map(FigureResult::countedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null));
        model.addAttribute("survival", Figure.SURVIVAL);
        model.addAttribute("charts", new DashboardCharts(figures, labels).draw(current, period, request.filter(), actor));
    }

    KeyLabels labels(Locale locale) {
        Map<Long, String> groupNames = groups.all().stream()
                .collect(Collectors.toMap(LearningGroup::getId, LearningGroup::getName, (a, b) -> a));
        return new KeyLabels(messages, locale, accounts.displayNames(), groupNames);
    }

    private static List<FigureLine.Cell> cells(ReportForm form, Figure figure, FigureResult now, FigureResult before,
                                               KeyLabels labels) {
        // The fixed keys always, with their zero; an open list's keys from both periods, so a coach who had
        // candidates before and has none now still shows the drop.
        Set<String> keys = new LinkedHashSet<>(figure.keys());
        now.rows().forEach(r -> keys.add(r.key()));
        if (before != null && figure.keys().isEmpty()) {
            before.rows().forEach(r -> keys.add(r.key()));
        }
        Map<String, FigureRow> rows = now.rows().stream().collect(Collectors.toMap(FigureRow::key,
                Function.identity()));
        return keys.stream().map(key -> {
            FigureRow row = rows.getOrDefault(key, new FigureRow(key, 0, null, null));
            String path = "/reports/figures/" + figure.name() + "/" + key;
            boolean amounts = figure.shape() == Figure.Shape.AMOUNT;
            FigureRow.Amounts money = row.amounts() != null ? row.amounts()
                    : new FigureRow.Amounts(BigDecimal.ZERO, null, null);
            return new FigureLine.Cell(key, labels.label(figure, key), row.count(),
                    before == null ? null : before.count(key),
                    amounts ? labels.euro(money.median()) : labels.days(row.medianDays()),
                    amounts ? labels.euro(money.percentile90()) : labels.days(row.percentile90Days()),
                    amounts ? labels.euro(money.total()) : "",
                    form.withPeriod(path, now.period().from(), now.period().to()),
                    before == null ? null : form.withPeriod(path, before.period().from(), before.period().to()));
        }).toList();
    }

    static boolean seesAll(Actor actor) {
        return actor.has(Role.COORDINATOR) || actor.has(Role.ADMINISTRATOR);
    }
}
