package be.actraject.web.intake;

import be.actraject.domain.access.Actor;
import be.actraject.domain.assessment.Assessments;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.Gap;
import be.actraject.domain.assessment.ReferenceProfiles;
import be.actraject.domain.plan.DevelopmentPlan;
import be.actraject.domain.plan.DevelopmentPlans;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What the plan's two screens share (the POP creation task, and a new version from the dossier): the form to start
 * from — the current version, or suggestions from the largest gaps of the latest Entre-spiegel — and the gaps and
 * competencies beside it.
 */
@Component
class PlanScreens {

    private final DevelopmentPlans plans;
    private final Assessments assessments;
    private final ReferenceProfiles profiles;
    private final MessageSource messages;
    private final Clock clock;

    PlanScreens(DevelopmentPlans plans, Assessments assessments, ReferenceProfiles profiles, MessageSource messages,
                Clock clock) {
        this.plans = plans;
        this.assessments = assessments;
        this.profiles = profiles;
        this.messages = messages;
        this.clock = clock;
    }

    /** The form a new version starts from, with what goes beside it in the model. */
    PlanForm start(long trajectoryId, Actor actor, Model model) {
        List<Gap> gaps = beside(trajectoryId, actor, model);
        LocalDate today = LocalDate.now(clock);
        if (model.getAttribute("currentVersion") instanceof DevelopmentPlan current) {
            return PlanForm.from(current.toDraft(), today);
        }
        return PlanForm.suggested(gaps, c -> messages.getMessage("plan.suggestion",
                new Object[]{messages.getMessage("competency." + c, null, LocaleContextHolder.getLocale())},
                LocaleContextHolder.getLocale()), today);
    }

    /** Puts the gaps, the competencies and the current version in the model; returns the gaps. */
    List<Gap> beside(long trajectoryId, Actor actor, Model model) {
        List<Gap> gaps = assessments.latestComparison(trajectoryId, profiles.current(), actor)
                .map(c -> c.gaps()).orElse(List.of());
        model.addAttribute("gaps", gaps);
        model.addAttribute("competencies", Competency.values());
        model.addAttribute("currentVersion", plans.of(trajectoryId, actor).stream().findFirst().orElse(null));
        return gaps;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
