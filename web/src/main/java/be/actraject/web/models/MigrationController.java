package be.actraject.web.models;

import be.actraject.bpmn.models.MigrationOutcome;
import be.actraject.bpmn.models.MigrationProposal;
import be.actraject.bpmn.models.MigrationRefusedException;
import be.actraject.bpmn.models.ProcessMigrations;
import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Migrating the running instances of an older version: the proposed plan (equal activities mapped, the rest mapped
 * by hand on the page), which trajectories can and cannot move and why, what moving does to each one's timers and
 * tasks, and — only once the coordinator confirms — the migration and its outcome.
 */
@Controller
class MigrationController {

    private static final String MAP = "map.";

    private final ProcessMigrations migrations;
    private final Caseload caseload;

    MigrationController(ProcessMigrations migrations, Caseload caseload) {
        this.migrations = migrations;
        this.caseload = caseload;
    }

    @GetMapping("/models/{sourceId}/migrate")
    String propose(@PathVariable String sourceId, @RequestParam(required = false) String target,
                   @RequestParam Map<String, String> params, Actor actor, Model model) {
        String to = target == null || target.isBlank() ? migrations.latestOf(sourceId) : target;
        try {
            return show(migrations.propose(sourceId, to, manual(params), actor), model);
        } catch (IllegalArgumentException e) {
            // Two versions of different processes, or one version onto itself: no such migration.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @PostMapping("/models/{sourceId}/migrate")
    String migrate(@PathVariable String sourceId, @RequestParam String target,
                   @RequestParam(defaultValue = "false") boolean confirm, @RequestParam Map<String, String> params,
                   Actor actor, Model model) {
        Map<String, String> manual = manual(params);
        try {
            if (!confirm) {
                model.addAttribute("confirmMissing", true);
                return show(migrations.propose(sourceId, target, manual, actor), model);
            }
            MigrationOutcome outcome = migrations.migrate(sourceId, target, manual, actor);
            return "redirect:/models/migrations/" + outcome.id();
        } catch (MigrationRefusedException e) {
            model.addAttribute("refused", true);
            return show(e.proposal(), model);
        } catch (IllegalArgumentException e) {
            // Another process's version, or one that is not newer: no such migration (as the page's GET says).
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/models/migrations/{migrationId}")
    String outcome(@PathVariable String migrationId, Actor actor, Model model) {
        MigrationOutcome outcome = migrations.outcome(migrationId, actor);
        model.addAttribute("outcome", outcome);
        model.addAttribute("names", names(outcome.moved().stream().map(MigrationOutcome.Moved::businessKey)
                .toList()));
        return "models/migration-outcome";
    }

    private String show(MigrationProposal proposal, Model model) {
        model.addAttribute("proposal", proposal);
        model.addAttribute("names", names(Stream.concat(proposal.movable().stream(), proposal.stuck().stream())
                .map(MigrationProposal.Instance::businessKey).toList()));
        return "models/migrate";
    }

    /** The candidates' names of the trajectories among these business keys; one query. */
    private Map<String, String> names(List<String> businessKeys) {
        List<Long> ids = businessKeys.stream().filter(k -> k != null && k.matches("\\d+")).map(Long::valueOf)
                .toList();
        return caseload.byIds(ids).values().stream().collect(Collectors.toMap(t -> t.getId().toString(),
                (Trajectory t) -> t.getCandidate().fullName(), (a, b) -> a));
    }

    private static Map<String, String> manual(Map<String, String> params) {
        Map<String, String> manual = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(MAP) && value != null && !value.isBlank()) {
                manual.put(name.substring(MAP.length()), value);
            }
        });
        return manual;
    }
}
