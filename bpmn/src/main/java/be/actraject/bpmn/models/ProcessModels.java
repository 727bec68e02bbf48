package be.actraject.bpmn.models;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.audit.AuditEntry;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The deployed process and decision models with their versions, what runs on them, their XML, and their validation
 * ({@link ModelValidator}); the deployment itself is {@link ModelDeployment}'s. Only coordinators and administrators.
 */
@Service
public class ProcessModels {

    private final RepositoryService repository;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final ModelValidator validator;
    private final AuditLog audit;
    private final KeptModelStatistics statistics;

    ProcessModels(RepositoryService repository, ManagementService management, RuntimeService runtime,
                  ModelValidator validator, AuditLog audit, KeptModelStatistics statistics) {
        this.statistics = statistics;
        this.repository = repository;
        this.management = management;
        this.runtime = runtime;
        this.validator = validator;
        this.audit = audit;
    }

    /** Every model with its versions; five queries whatever their number. */
    @Transactional(readOnly = true)
    public List<ModelSummary> all(Actor actor) {
        return catalogue(actor).models();
    }

    /**
     * Every model with its versions, and when what runs on them was counted if those counts are kept a while
     * ({@link KeptModelStatistics}); five queries whatever their number, four once the counts are kept.
     */
    @Transactional(readOnly = true)
    public ModelCatalogue catalogue(Actor actor) {
        requireModeller(actor);
        List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().list();
        List<DecisionDefinition> decisions = repository.createDecisionDefinitionQuery().list();
        Map<String, Deployment> deployments = repository.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        KeptModelStatistics.Counted counted = statistics.statistics();
        Map<String, AuditEntry> deployedHere = audit.byReference(AuditKind.MODEL_DEPLOYED, deployments.keySet());

        List<ModelVersion> versions = new ArrayList<>();
        for (ProcessDefinition p : processes) {
            KeptModelStatistics.Definition s = counted.of(p.getId());
            versions.add(version(p.getId(), p.getKey(), p.getName(), p.getVersion(), ModelValidator.Kind.BPMN,
                    p.getResourceName(), deployments.get(p.getDeploymentId()), deployedHere.get(p.getDeploymentId()),
                    s.instances(), s.incidents()));
        }
        for (DecisionDefinition d : decisions) {
            versions.add(version(d.getId(), d.getKey(), d.getName(), d.getVersion(), ModelValidator.Kind.DMN,
                    d.getResourceName(), deployments.get(d.getDeploymentId()), deployedHere.get(d.getDeploymentId()),
                    0, 0));
        }
        Map<String, List<ModelVersion>> byKey = versions.stream()
                .sorted(Comparator.comparing(ModelVersion::kind).thenComparing(ModelVersion::key)
                        .thenComparing(ModelVersion::version, Comparator.reverseOrder()))
                .collect(Collectors.groupingBy(ModelVersion::key, LinkedHashMap::new, Collectors.toList()));
        return new ModelCatalogue(byKey.values().stream()
                .map(v -> new ModelSummary(v.get(0).key(), v.get(0).name(), v.get(0).kind(), v)).toList(),
                counted.countedAt());
    }

    private static ModelVersion version(String id, String key, String name, int version, ModelValidator.Kind kind,
                                        String resource, Deployment deployment, AuditEntry deployedHere,
                                        long running, long incidents) {
        return new ModelVersion(id, key, name == null ? key : name, version, kind, resource,
                deployment == null ? null : deployment.getId(),
                deployment == null ? null : deployment.getDeploymentTime().toInstant(),
                deployedHere == null ? null : deployedHere.getActor(),
                deployedHere == null ? null : line(deployedHere.getDetail(), true),
                deployedHere == null ? null : line(deployedHere.getDetail(), false), running, incidents);
    }

    /** The audit detail is the comment, then the changes: the first line, or the rest. */
    private static String line(String detail, boolean first) {
        int end = detail == null ? -1 : detail.indexOf('\n');
        if (end < 0) {
            return first ? detail : null;
        }
        return first ? detail.substring(0, end) : detail.substring(end + 1);
    }

    /** One version. */
    @Transactional(readOnly = true)
    public ModelVersion version(String definitionId, Actor actor) {
        return all(actor).stream().flatMap(m -> m.versions().stream())
                .filter(v -> v.definitionId().equals(definitionId)).findFirst()
                .orElseThrow(() -> new ModelNotFoundException(definitionId));
    }

    /** The XML of one version, as deployed. */
    @Transactional(readOnly = true)
    public byte[] xml(String definitionId, Actor actor) {
        requireModeller(actor);
        boolean process = repository.createProcessDefinitionQuery().processDefinitionId(definitionId).count() > 0;
        boolean decision = !process
                && repository.createDecisionDefinitionQuery().decisionDefinitionId(definitionId).count() > 0;
        if (!process && !decision) {
            throw new ModelNotFoundException(definitionId);
        }
        try (InputStream in = process ? repository.getProcessModel(definitionId)
                : repository.getDecisionModel(definitionId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Per element of a process version: the instances waiting there and the open incidents; one query. */
    @Transactional(readOnly = true)
    public List<ElementCount> counts(String definitionId, Actor actor) {
        requireModeller(actor);
        List<ElementCount> counts = new ArrayList<>();
        for (ActivityStatistics s : management.createActivityStatisticsQuery(definitionId).includeIncidents().list()) {
            counts.add(new ElementCount(s.getId(), s.getInstances(),
                    s.getIncidentStatistics().stream().mapToInt(IncidentStatistics::getIncidentCount).sum()));
        }
        return counts;
    }

    /** The business keys (trajectory ids) of the instances of a version waiting at one element. */
    @Transactional(readOnly = true)
    public List<String> waitingAt(String definitionId, String activityId, Actor actor) {
        requireModeller(actor);
        return runtime.createProcessInstanceQuery().processDefinitionId(definitionId).activityIdIn(activityId)
                .list().stream().map(ProcessInstance::getBusinessKey).toList();
    }

    /** Validates without deploying. */
    public ModelValidator.Report validate(String resourceName, byte[] xml, Actor actor) {
        requireModeller(actor);
        return validator.validate(resourceName, xml);
    }

    static void requireModeller(Actor actor) {
        if (!actor.has(Role.COORDINATOR) && !actor.has(Role.ADMINISTRATOR)) {
            throw new NotPermittedException(actor.userId(), "work on the process models");
        }
    }
}
