package be.actraject.web.training;

import be.actraject.bpmn.training.TrainingApprovalTasks;
import be.actraject.domain.access.Actor;
import be.actraject.domain.training.Enrolment;
import be.actraject.domain.training.EnrolmentState;
import be.actraject.domain.training.Enrolments;
import be.actraject.domain.training.ModuleOverview;
import be.actraject.domain.training.TrainingModules;
import be.actraject.domain.training.TrainingMoment;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The coordinator's list of modules: per module its moments with the seats left, and its enrolments with the
 * candidate, the state and — for an enrolment waiting at the coordinator — the way to its approval task.
 */
@Controller
class ModuleListController {

    private final TrainingModules modules;
    private final Enrolments enrolments;
    private final Caseload caseload;
    private final TrainingApprovalTasks approvals;
    private final Clock clock;

    ModuleListController(TrainingModules modules, Enrolments enrolments, Caseload caseload,
                         TrainingApprovalTasks approvals, Clock clock) {
        this.modules = modules;
        this.enrolments = enrolments;
        this.caseload = caseload;
        this.approvals = approvals;
        this.clock = clock;
    }

    @GetMapping("/training/modules")
    String list(Actor actor, Model model) {
        List<ModuleOverview> overview = modules.overview();
        Map<Long, List<Enrolment>> byModule = new HashMap<>();
        overview.forEach(o -> byModule.put(o.module().getId(), enrolments.ofModule(o.module().getId(), actor)));
        Map<Long, Trajectory> trajectories = caseload.byIds(byModule.values().stream().flatMap(List::stream)
                .map(Enrolment::getTrajectoryId).distinct().toList());
        model.addAttribute("overview", overview);
        // A moment that is over shows as past, not with seats "left" nobody can take any more.
        Instant now = clock.instant();
        model.addAttribute("pastMoments", overview.stream().flatMap(o -> o.module().getMoments().stream())
                .filter(mo -> !mo.endsAt(clock.getZone()).isAfter(now)).map(TrainingMoment::getId)
                .collect(Collectors.toSet()));
        model.addAttribute("enrolmentsByModule", byModule);
        model.addAttribute("trajectories", trajectories);
        model.addAttribute("approvalTasks", approvals.openTasks(byModule.values().stream().flatMap(List::stream)
                .filter(e -> e.getState() == EnrolmentState.REQUESTED).map(Enrolment::getId).toList()));
        return "training/modules";
    }
}
