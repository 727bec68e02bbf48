package be.actraject.web.aftercare;

import be.actraject.domain.aftercare.SurvivalFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Period;

/**
 * The coordinator's survival figures: per exit year and exit type, how many entrepreneurs were still in business at
 * each follow-up. Coordinators and administrators only (the URL rule in the security configuration): the figures
 * span every coach's caseload.
 */
@Controller
class SurvivalController {

    private final SurvivalFigures figures;

    SurvivalController(SurvivalFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/reports/survival")
    String show(Model model) {
        model.addAttribute("rows", figures.perExitYearAndType());
        model.addAttribute("months", SurvivalFigures.MOMENTS.stream().map(m -> Period.parse(m).toTotalMonths())
                .toList());
        return "aftercare/survival";
    }
}
