package be.actraject.web.admin;

import be.actraject.bpmn.watch.TrajectoryInspection;
import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The watch's drill-down: one trajectory on the engine, where each of its instances stands, variables, incidents. */
@Controller
class InspectionController {

    private final TrajectoryInspection inspection;
    private final Caseload caseload;
    private final ObjectMapper objectMapper;

    InspectionController(TrajectoryInspection inspection, Caseload caseload, ObjectMapper objectMapper) {
        this.inspection = inspection;
        this.caseload = caseload;
        this.objectMapper = objectMapper;
    }

    @GetMapping("/admin/trajectories/{trajectoryId}")
    String inspect(@PathVariable long trajectoryId, Actor actor, Model model) {
        TrajectoryInspection.Inspection found = inspection.of(trajectoryId, actor);
        model.addAttribute("inspection", found);
        // Per instance, for the diagram: a badge on where it stands, and on its incidents.
        Map<String, String> counts = new HashMap<>();
        Map<String, String> incidents = new HashMap<>();
        for (TrajectoryInspection.Instance i : found.instances()) {
            counts.put(i.id(), json(i.activeActivities().stream()
                    .collect(Collectors.toMap(a -> a, a -> 1, Integer::sum))));
            incidents.put(i.id(), json(i.incidents().stream().filter(x -> x.activityId() != null)
                    .collect(Collectors.toMap(TrajectoryInspection.IncidentView::activityId, x -> 1, Integer::sum))));
        }
        model.addAttribute("countsJson", counts);
        model.addAttribute("incidentsJson", incidents);
        model.addAttribute("trajectory", caseload.trajectory(trajectoryId, actor));
        return "admin/inspection";
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
