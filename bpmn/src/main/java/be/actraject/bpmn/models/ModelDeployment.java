package be.actraject.bpmn.models;

import be.actraject.domain.access.Actor;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import be.actraject.domain.audit.AuditReason;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deploys a model from the process room as the next version of its key: validated first ({@link ModelValidator}),
 * recorded in the audit log with the coordinator, the comment and what changed against the version before
 * ({@link ModelChanges}), in the deployment's transaction. A refused model is recorded too, with its problems.
 */
@Service
public class ModelDeployment {

    private final RepositoryService repository;
    private final ModelValidator validator;
    private final AuditLog audit;
    private final TransactionTemplate separately;

    public ModelDeployment(RepositoryService repository, ModelValidator validator, AuditLog audit,
                           PlatformTransactionManager transactions) {
        this.repository = repository;
        this.validator = validator;
        this.audit = audit;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Validates and deploys a model as the next version of its key, recording who and why.
     *
     * @param resourceName the file's name; a model of a key already deployed keeps that key's resource name
     * @throws ModelInvalidException  with the problems found: nothing deployed
     * @throws CommentRequiredException without a comment
     * @return the new definition and the validation's warnings
     */
    @Transactional
    public DeployedModel deploy(String resourceName, byte[] xml, String comment, Actor actor) {
        ProcessModels.requireModeller(actor);
        if (comment == null || comment.isBlank()) {
            throw new CommentRequiredException();
        }
        ModelValidator.Report report = validator.validate(resourceName, xml);
        if (!report.valid()) {
            // The attempt stays on record, with what was refused, in a transaction of its own: the engine's parse
            // may have marked this one for rollback, and nothing of it is kept.
            separately.executeWithoutResult(status -> audit.record(AuditKind.MODEL_REFUSED, actor.userId(),
                    subject(report, resourceName), detail(comment, ""), reason(report.problems()), null));
            throw new ModelInvalidException(report);
        }
        String changes = ModelChanges.between(latestXml(report).orElse(null), xml);
        String resource = existingResource(report).orElse(safeName(resourceName, report.kind()));
        Deployment deployment = repository.createDeployment()
                .name(report.key())
                .source("process-room")
                .addString(resource, new String(xml, StandardCharsets.UTF_8))
                .deploy();
        audit.record(AuditKind.MODEL_DEPLOYED, actor.userId(), report.key(), detail(comment, changes),
                deployment.getId());
        String id = report.kind() == ModelValidator.Kind.BPMN
                ? repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).list().get(0).getId()
                : repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).list().get(0).getId();
        return new DeployedModel(id, report.warnings());
    }

    /**
     * The problems, for the audit page to say in its reader's language: each its code, element and detail, as many as
     * fit the column (the first ones; the coordinator saw them all).
     */
    private static AuditReason reason(List<ModelProblem> problems) {
        List<String> arguments = new ArrayList<>();
        int length = 0;
        for (ModelProblem p : problems) {
            List<String> one = List.of(p.code().name(), p.elementId() == null ? "" : p.elementId(),
                    p.detail() == null ? "" : p.detail());
            length += String.join(" ", one).length() + 3;
            if (length > 1900) {
                break;
            }
            arguments.addAll(one);
        }
        return new AuditReason(AuditReason.MODEL_PROBLEMS, arguments);
    }

    /** The comment, then the changes one per line, within the audit log's 4,000 characters. */
    private static String detail(String comment, String lines) {
        String text = lines.isEmpty() ? comment.strip() : comment.strip() + "\n" + lines;
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }

    private static String subject(ModelValidator.Report report, String resourceName) {
        String subject = report.key() != null ? report.key() : resourceName == null ? "?" : resourceName;
        return subject.length() <= 200 ? subject : subject.substring(0, 200);
    }

    /** The XML of the latest deployed version of the report's key, if there is one. */
    private Optional<byte[]> latestXml(ModelValidator.Report report) {
        String id = report.kind() == ModelValidator.Kind.BPMN
                ? Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionKey(report.key())
                        .latestVersion().singleResult()).map(ProcessDefinition::getId).orElse(null)
                : Optional.ofNullable(repository.createDecisionDefinitionQuery()
                        .decisionDefinitionKey(report.key()).latestVersion().singleResult())
                        .map(DecisionDefinition::getId).orElse(null);
        if (id == null) {
            return Optional.empty();
        }
        try (InputStream in = report.kind() == ModelValidator.Kind.BPMN ? repository.getProcessModel(id)
                : repository.getDecisionModel(id)) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> existingResource(ModelValidator.Report report) {
        if (report.kind() == ModelValidator.Kind.BPMN) {
            return Optional.ofNullable(repository.createProcessDefinitionQuery()
                    .processDefinitionKey(report.key()).latestVersion().singleResult()).map(ProcessDefinition::getResourceName);
        }
        return Optional.ofNullable(repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(report.key()).latestVersion().singleResult()).map(DecisionDefinition::getResourceName);
    }

    /** A resource name of letters, digits and dashes, with the model's extension. */
    private static String safeName(String resourceName, ModelValidator.Kind kind) {
        String base = resourceName == null ? "model" : resourceName.replaceAll(".*[/\\\\]", "")
                .replaceAll("\\.(bpmn|dmn|xml)$", "").replaceAll("[^A-Za-z0-9-]", "-");
        return (base.isBlank() ? "model" : base) + (kind == ModelValidator.Kind.DMN ? ".dmn" : ".bpmn");
    }

}
