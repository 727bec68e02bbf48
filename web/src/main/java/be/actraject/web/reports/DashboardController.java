package be.actraject.web.reports;

import be.actraject.domain.access.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The coordinator's dashboard: the figures for a period (this year so far unless asked), compared with the period
 * of the same length before it, filtered by coach, learning group and phase. Coordinators and administrators see the
 * cooperative; a coach their own caseload (the domain's default, {@code Figures}). Bad input is a message on the form.
 */
@Controller
class DashboardController {

    private final ReportRequests requests;
    private final DashboardPage page;
    private final Clock clock;

    DashboardController(ReportRequests requests, DashboardPage page, Clock clock) {
        this.requests = requests;
        this.page = page;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String show(@ModelAttribute("form") ReportForm form, Actor actor, Locale locale, Model model) {
        page.fillChoices(actor, model);
        model.addAttribute("quick", quickChoices(form));
        ReportRequest request = requests.read(form, actor);
        if (request.isRefused()) {
            model.addAttribute("refusal", request.refusal());
        } else {
            page.fill(form, request, actor, locale, model);
        }
        return "reports/dashboard";
    }

    /** The quick choices of period, each a link keeping the filters: this year, last year, this quarter, last month. */
    private List<QuickChoice> quickChoices(ReportForm form) {
        LocalDate today = LocalDate.now(clock);
        LocalDate quarter = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        LocalDate lastYear = today.withDayOfYear(1).minusYears(1);
        return List.of(
                new QuickChoice("reports.quick.thisYear", form.withPeriod("/reports", today.withDayOfYear(1), today)),
                new QuickChoice("reports.quick.lastYear", form.withPeriod("/reports", lastYear,
                        lastYear.withDayOfYear(lastYear.lengthOfYear()))),
                new QuickChoice("reports.quick.thisQuarter", form.withPeriod("/reports", quarter, today)),
                new QuickChoice("reports.quick.lastMonth", form.withPeriod("/reports", lastMonth,
                        lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()))));
    }

    /** A link to the dashboard over another period: its label's key and its address. */
    record QuickChoice(String labelKey, String link) {
    }
}
