package be.actraject.web.reports;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.NotFoundException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.figures.Figure;
import be.actraject.domain.figures.FigureAmount;
import be.actraject.domain.figures.FigureKeyNotFoundException;
import be.actraject.domain.figures.Figures;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The candidates behind one number of the dashboard, from the same definition as the number ({@link
 * Figures#trajectories}), so the count on top is the number clicked; a trajectory counted twice is listed twice.
 * A figure of amounts gives each candidate's amount beside them ({@link Figures#amounts}). Paged by {@value
 * #PAGE_SIZE}; an unknown figure or key is the 404 page.
 */
@Controller
class DrillDownController {

    static final int PAGE_SIZE = 50;

    private final Figures figures;
    private final ReportRequests requests;
    private final DashboardPage dashboard;
    private final Caseload caseload;
    private final Accounts accounts;

    DrillDownController(Figures figures, ReportRequests requests, DashboardPage dashboard, Caseload caseload,
                        Accounts accounts) {
        this.figures = figures;
        this.requests = requests;
        this.dashboard = dashboard;
        this.caseload = caseload;
        this.accounts = accounts;
    }

    @GetMapping("/reports/figures/{figure}/{key}")
    String show(@PathVariable String figure, @PathVariable String key, @ModelAttribute("form") ReportForm form,
                @RequestParam(defaultValue = "0") int page, Actor actor, Locale locale, Model model) {
        Figure asked = figure(figure);
        if (!asked.keys().isEmpty() && !asked.keys().contains(key)) {
            throw new FigureKeyNotFoundException(asked, key);
        }
        model.addAttribute("figure", asked);
        model.addAttribute("key", key);
        model.addAttribute("keyLabel", dashboard.labels(locale).label(asked, key));
        model.addAttribute("back", form.withPeriod("/reports", form.getFrom(), form.getTo()));
        ReportRequest request = requests.read(form, actor);
        if (request.isRefused()) {
            model.addAttribute("refusal", request.refusal());
            return "reports/figure";
        }
        // A figure of amounts lists each candidate with their amount, from the same sums as its number.
        Map<Long, BigDecimal> amounts = asked.shape() == Figure.Shape.AMOUNT
                ? figures.amounts(asked, key, request.period(), request.filter(), actor).stream().collect(
                Collectors.toMap(FigureAmount::trajectoryId, FigureAmount::amount, (a, b) -> a, LinkedHashMap::new))
                : null;
        List<Long> ids = amounts != null ? List.copyOf(amounts.keySet())
                : figures.trajectories(asked, key, request.period(), request.filter(), actor);
        int pages = Math.max(1, (ids.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        List<Long> onPage = ids.subList(shown * PAGE_SIZE, Math.min(ids.size(), (shown + 1) * PAGE_SIZE));
        Map<Long, Trajectory> byId = caseload.byIds(onPage);
        model.addAttribute("period", request.period());
        model.addAttribute("count", ids.size());
        model.addAttribute("rows", onPage.stream().map(byId::get).filter(Objects::nonNull).toList());
        model.addAttribute("people", accounts.displayNames());
        model.addAttribute("amounts", amounts);
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("pageLink", form.withPeriod("/reports/figures/" + asked.name() + "/" + key,
                form.getFrom(), form.getTo()));
        return "reports/figure";
    }

    /** A figure of the catalogue that has a drill-down; survival has its own page, and an unknown name is a 404. */
    private static Figure figure(String name) {
        try {
            Figure figure = Figure.valueOf(name);
            if (figure.shape() != Figure.Shape.SURVIVAL) {
                return figure;
            }
        } catch (IllegalArgumentException unknown) {
            // the 404 below
        }
        throw new UnknownFigureException(name);
    }

    /** A drill-down address naming no figure with a list of candidates. */
    static final class UnknownFigureException extends NotFoundException {
        UnknownFigureException(String name) {
            super("No figure " + name);
        }
    }
}
