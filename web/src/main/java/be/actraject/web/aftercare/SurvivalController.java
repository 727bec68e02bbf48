package be.actraject.web.aftercare;

import be.actraject.domain.aftercare.SurvivalFigures;
import be.actraject.domain.aftercare.SurvivalRow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/**
 * The coordinator's survival figures: per exit year and exit type, how many entrepreneurs were still in business at
 * each follow-up. Coordinators and administrators only (the URL rule in the security configuration): the figures
 * span every coach's caseload. A moment no exit has reached yet (36 months in a young cooperative) has no column.
 */
@Controller
class SurvivalController {

    private final SurvivalFigures figures;

    SurvivalController(SurvivalFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/reports/survival")
    String show(Model model) {
        List<SurvivalRow> rows = figures.perExitYearAndType();
        List<Long> months = SurvivalFigures.months();
        model.addAttribute("rows", rows);
        model.addAttribute("months", months);
        model.addAttribute("columns", SurvivalFigures.reachedColumns(rows));
        return "aftercare/survival";
    }
}
