package be.actraject.web.models;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.models.CommentRequiredException;
import be.actraject.bpmn.models.DeployedModel;
import be.actraject.bpmn.models.ElementCount;
import be.actraject.bpmn.models.ModelCatalogue;
import be.actraject.bpmn.models.ModelDeployment;
import be.actraject.bpmn.models.ModelInvalidException;
import be.actraject.bpmn.models.ModelNotFoundException;
import be.actraject.bpmn.models.ModelProblem;
import be.actraject.bpmn.models.ModelSummary;
import be.actraject.bpmn.models.ModelValidator;
import be.actraject.bpmn.models.ModelVersion;
import be.actraject.bpmn.models.ProcessModels;
import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.system.Attachments;
import be.actraject.web.system.Flash;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The coordinator's process room: every model with its versions, a version's diagram with what waits where, the
 * modeler, validation, deployment and upload, the download of any version. Engine work stays in
 * {@link ProcessModels} and {@link ModelDeployment}; this only shows it.
 */
@Controller
class ModelsController {

    private final ProcessModels models;
    private final Caseload caseload;
    private final ModelAnswers answers;
    private final ObjectMapper json;
    private final Accounts accounts;
    private final ModelDeployment deployment;

    ModelsController(ProcessModels models, ModelDeployment deployment, Caseload caseload, ModelAnswers answers,
                     ObjectMapper json, Accounts accounts) {
        this.accounts = accounts;
        this.deployment = deployment;
        this.models = models;
        this.caseload = caseload;
        this.answers = answers;
        this.json = json;
    }

    @GetMapping("/models")
    String list(Actor actor, Model model) {
        ModelCatalogue catalogue = models.catalogue(actor);
        model.addAttribute("models", catalogue.models());
        model.addAttribute("countedAt", catalogue.countedAt());
        model.addAttribute("people", accounts.displayNames());
        return "models/list";
    }

    @GetMapping("/models/{definitionId}")
    String show(@PathVariable String definitionId, Actor actor, Model model) throws IOException {
        List<ModelSummary> all = models.all(actor);
        ModelSummary summary = all.stream().filter(m -> m.versions().stream()
                .anyMatch(v -> v.definitionId().equals(definitionId))).findFirst()
                .orElseThrow(() -> new ModelNotFoundException(definitionId));
        ModelVersion version = summary.versions().stream().filter(v -> v.definitionId().equals(definitionId))
                .findFirst().orElseThrow();
        model.addAttribute("version", version);
        model.addAttribute("summary", summary);
        model.addAttribute("people", accounts.displayNames());
        if (version.kind() == ModelValidator.Kind.BPMN) {
            List<ElementCount> counts = models.counts(definitionId, actor);
            model.addAttribute("counts", json.writeValueAsString(counts.stream()
                    .collect(Collectors.toMap(ElementCount::activityId, ElementCount::instances))));
            model.addAttribute("incidents", json.writeValueAsString(counts.stream()
                    .filter(c -> c.incidents() > 0)
                    .collect(Collectors.toMap(ElementCount::activityId, ElementCount::incidents))));
        }
        return "models/show";
    }

    /** The trajectories waiting at one element, as a list the viewer shows beside the diagram. */
    @GetMapping("/models/{definitionId}/elements/{activityId}")
    String waiting(@PathVariable String definitionId, @PathVariable String activityId, Actor actor, Model model) {
        List<Long> ids = models.waitingAt(definitionId, activityId, actor).stream()
                .filter(k -> k != null && k.matches("\\d+")).map(Long::valueOf).toList();
        Map<Long, Trajectory> trajectories = caseload.byIds(ids);
        model.addAttribute("activityId", activityId);
        model.addAttribute("trajectories", ids.stream().map(trajectories::get).filter(t -> t != null).toList());
        model.addAttribute("others", ids.size() - trajectories.size());
        return "models/waiting :: list";
    }

    @GetMapping("/models/{definitionId}/xml")
    ResponseEntity<byte[]> download(@PathVariable String definitionId, Actor actor) {
        ModelVersion version = models.version(definitionId, actor);
        String name = version.resourceName() == null ? version.key() + ".bpmn"
                : version.resourceName().replaceAll(".*/", "");
        String versioned = name.replaceFirst("(\\.[a-z]+)$", "-v" + version.version() + "$1");
        return Attachments.of(models.xml(definitionId, actor), MediaType.APPLICATION_XML, versioned);
    }

    /**
     * The XML for the viewer and the modeler, which read it as text: served as plain text that no browser renders, so
     * that markup someone put in a model can never run on this site.
     */
    @GetMapping(path = "/models/{definitionId}/xml", params = "inline")
    ResponseEntity<byte[]> xml(@PathVariable String definitionId, Actor actor) {
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .body(models.xml(definitionId, actor));
    }

    @GetMapping("/models/{definitionId}/edit")
    String edit(@PathVariable String definitionId, Actor actor, Model model) throws IOException {
        ModelVersion version = models.version(definitionId, actor);
        model.addAttribute("version", version);
        // The live lint's button in the reader's language: bpmn-js-bpmnlint's texts, keyed as it asks for them.
        model.addAttribute("lintLabels", json.writeValueAsString(Map.of(
                "Toggle linting overlays", message("model.lint.toggle"),
                "{errors} Errors, {warnings} Warnings", message("model.lint.count", "{errors}", "{warnings}"),
                "No Issues", message("model.lint.none"),
                "Issues for child elements", message("model.lint.children"))));
        return version.kind() == ModelValidator.Kind.BPMN ? "models/edit" : "redirect:/models/" + definitionId;
    }

    @PostMapping(path = "/models/validate", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> validate(@RequestParam String xml, @RequestParam(defaultValue = "model.bpmn") String name,
                                 Actor actor) {
        ModelValidator.Report report = models.validate(name, xml.getBytes(StandardCharsets.UTF_8), actor);
        return answers.of(report.problems(), report.warnings(), null);
    }

    @PostMapping(path = "/models/deploy", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> deploy(@RequestParam String xml, @RequestParam(defaultValue = "model.bpmn") String name,
                               @RequestParam(required = false) String comment, Actor actor,
                               HttpServletRequest request, HttpServletResponse response) {
        try {
            DeployedModel deployed = deployment.deploy(name, xml.getBytes(StandardCharsets.UTF_8), comment, actor);
            String url = "/models/" + deployed.definitionId() + "?deployed";
            if (!deployed.warnings().isEmpty()) {
                // The modeler goes to the new version at once: its page shows the warnings, as after an upload.
                RequestContextUtils.getOutputFlashMap(request).put("deployWarnings", describe(deployed.warnings()));
                RequestContextUtils.saveOutputFlashMap(url, request, response);
            }
            return answers.of(List.of(), deployed.warnings(), url);
        } catch (ModelInvalidException e) {
            return answers.of(e.report().problems(), e.report().warnings(), null);
        } catch (CommentRequiredException e) {
            Map<String, Object> answer = answers.of(List.of(), List.of(), null);
            answer.put("valid", false);
            answer.put("html", "<li>" + HtmlUtils.htmlEscape(message("model.comment.required")) + "</li>");
            return answer;
        }
    }

    /** A .bpmn or .dmn file from the coordinator's computer: validated, then deployed with its comment. */
    @PostMapping("/models/upload")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String comment,
                  Actor actor, Model model, RedirectAttributes redirect) throws IOException {
        String name = file.getOriginalFilename() == null ? "model.bpmn" : file.getOriginalFilename();
        try {
            DeployedModel deployed = deployment.deploy(name, file.getBytes(), comment, actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("model.deployed"));
            if (!deployed.warnings().isEmpty()) {
                redirect.addFlashAttribute("deployWarnings", describe(deployed.warnings()));
            }
            return "redirect:/models/" + deployed.definitionId();
        } catch (ModelInvalidException e) {
            List<ModelProblem> all = new ArrayList<>(e.report().problems());
            all.addAll(e.report().warnings());
            model.addAttribute("uploadProblems", describe(all));
        } catch (CommentRequiredException e) {
            model.addAttribute("uploadProblems", List.of(message("model.comment.required")));
        }
        model.addAttribute("uploadedName", name);
        model.addAttribute("typedComment", comment);
        return list(actor, model);
    }

    private List<String> describe(List<ModelProblem> problems) {
        return answers.describe(problems);
    }

    private String message(String code, Object... args) {
        return answers.message(code, args);
    }
}
