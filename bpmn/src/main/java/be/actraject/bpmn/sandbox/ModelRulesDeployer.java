package be.actraject.bpmn.sandbox;

import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Runs before the engine's BPMN and DMN deployers, on every deployment whatever its path (the process room, the
 * repository service, auto-deployment) and again whenever the engine parses a deployed model into its cache: a model
 * that breaks {@link ModelRules} is refused, so it is never deployed, and one deployed before a rule existed stays
 * inert (its definition does not load).
 */
final class ModelRulesDeployer implements Deployer {

    private final ModelRules rules;

    ModelRulesDeployer(ModelRules rules) {
        this.rules = rules;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (deployment.getResources() == null) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (!isModel(resource.getName()) || resource.getBytes() == null) {
                continue;
            }
            Document document;
            try {
                document = SecureXml.parse(resource.getBytes());
            } catch (SAXException | IOException e) {
                throw new ModelReachException("The model " + resource.getName() + " does not read as safe XML: "
                        + e.getMessage());
            }
            if (!ModelRules.isModel(document)) {
                continue;
            }
            List<Finding> findings = rules.check(document);
            if (!findings.isEmpty()) {
                throw new ModelReachException("The model " + resource.getName() + " reaches beyond what models may: "
                        + findings.stream().map(f -> f.rule() + " " + f.detail() + " on " + f.elementId())
                        .collect(Collectors.joining("; ")));
            }
        }
    }

    private static boolean isModel(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml") || lower.endsWith(".dmn")
                || lower.endsWith(".dmn11.xml");
    }
}
