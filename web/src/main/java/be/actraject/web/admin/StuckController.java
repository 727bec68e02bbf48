package be.actraject.web.admin;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.watch.RepairRefusedException;
import be.actraject.bpmn.watch.Repairs;
import be.actraject.bpmn.watch.StuckTrajectories;
import be.actraject.bpmn.watch.TrajectoryInspection;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.access.Actor;
import be.actraject.web.system.Flash;
import be.actraject.web.system.DateOutsideWindowException;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.TypedDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' watch: every kind of stuck trajectory with its count and rows, and the repairs — each with a
 * reason, each audited; a refused repair comes back with its reason and what was typed.
 */
@Controller
class StuckController {

    private final StuckTrajectories stuck;
    private final Repairs repairs;
    private final Accounts accounts;
    private final TrajectoryInspection inspection;
    private final Caseload caseload;
    private final com.fasterxml.jackson.databind.ObjectMapper objectMapper;
    private final java.time.Clock clock;

    StuckController(StuckTrajectories stuck, Repairs repairs, Accounts accounts, TrajectoryInspection inspection,
                    Caseload caseload, com.fasterxml.jackson.databind.ObjectMapper objectMapper,
                    java.time.Clock clock) {
        this.clock = clock;
        this.objectMapper = objectMapper;
        this.inspection = inspection;
        this.caseload = caseload;
        this.stuck = stuck;
        this.repairs = repairs;
        this.accounts = accounts;
    }

    @GetMapping("/admin/stuck")
    String show(Actor actor, Model model) {
        model.addAttribute("stuck", stuck.all(actor));
        model.addAttribute("exits", be.actraject.workflow.ExitType.values());
        model.addAttribute("people", accounts.displayNames());
        return "admin/stuck";
    }

    /** One trajectory on the engine: where each of its instances stands, variables, incidents, history. */
    @GetMapping("/admin/trajectories/{trajectoryId}")
    String inspect(@org.springframework.web.bind.annotation.PathVariable long trajectoryId, Actor actor, Model model) {
        TrajectoryInspection.Inspection found = inspection.of(trajectoryId, actor);
        model.addAttribute("inspection", found);
        // Per instance, for the diagram: a badge on where it stands, and on its incidents.
        java.util.Map<String, String> counts = new java.util.HashMap<>();
        java.util.Map<String, String> incidents = new java.util.HashMap<>();
        for (TrajectoryInspection.Instance i : found.instances()) {
            counts.put(i.id(), json(i.activeActivities().stream()
                    .collect(java.util.stream.Collectors.toMap(a -> a, a -> 1, Integer::sum))));
            incidents.put(i.id(), json(i.incidents().stream().filter(x -> x.activityId() != null)
                    .collect(java.util.stream.Collectors.toMap(TrajectoryInspection.IncidentView::activityId,
                            x -> 1, Integer::sum))));
        }
        model.addAttribute("countsJson", counts);
        model.addAttribute("incidentsJson", incidents);
        model.addAttribute("trajectory", caseload.trajectory(trajectoryId, actor));
        return "admin/inspection";
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @PostMapping("/admin/stuck/repair")
    String repair(@RequestParam String action, @RequestParam(required = false) String taskId,
                  @RequestParam(required = false) String jobId, @RequestParam(required = false) String userId,
                  @RequestParam(required = false) String processInstanceId,
                  @RequestParam(required = false) String fromActivityId,
                  @RequestParam(required = false) String toActivityId,
                  @RequestParam(required = false) Long trajectoryId,
                  @RequestParam(required = false) be.actraject.workflow.ExitType exit,
                  @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                          iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate due,
                  @RequestParam(required = false) String reason, Actor actor, Model model,
                  RedirectAttributes redirect) {
        try {
            switch (action) {
                case "retry" -> repairs.retryJob(jobId, reason, actor);
                case "retryAll" -> repairs.retryAllFailed(reason, actor);
                case "unclaim" -> repairs.unclaim(taskId, reason, actor);
                case "reassign" -> repairs.reassign(taskId, userId, reason, actor);
                case "escalate" -> repairs.escalate(taskId, reason, actor);
                case "move" -> repairs.moveToken(processInstanceId, fromActivityId, toActivityId, reason, actor);
                case "fire" -> repairs.fireTimer(jobId, reason, actor);
                case "postpone" -> repairs.postpone(taskId,
                        TypedDates.within(due, DateWindow.POSTPONED_DUE, clock), reason, actor);
                case "cancel" -> repairs.cancelInstance(processInstanceId, reason, actor);
                case "end" -> repairs.endTrajectory(trajectoryId == null ? -1 : trajectoryId, exit, reason, actor);
                default -> throw new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.BAD_REQUEST, "No repair " + action);
            }
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("stuck.repaired." + action));
            return "redirect:/admin/stuck";
        } catch (RepairRefusedException | DateOutsideWindowException e) {
            // A date outside its window is refused like the repair's own refusals: stuck.refused.POSTPONED_DUE.
            model.addAttribute("refusal", e instanceof RepairRefusedException refused ? refused.reason()
                    : DateWindow.POSTPONED_DUE.name());
            model.addAttribute("failedAction", action);
            model.addAttribute("failedSubject", taskId != null ? taskId : jobId != null ? jobId
                    : processInstanceId != null ? processInstanceId : String.valueOf(trajectoryId));
            model.addAttribute("typedReason", reason);
            model.addAttribute("typedUser", userId);
            model.addAttribute("typedTarget", toActivityId);
        }
        return show(actor, model);
    }
}
