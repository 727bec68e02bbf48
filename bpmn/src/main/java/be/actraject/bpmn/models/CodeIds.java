package be.actraject.bpmn.models;

import be.actraject.bpmn.sandbox.SecureXml;
import be.actraject.workflow.PhaseElements;
import be.actraject.workflow.SupportElements;
import be.actraject.workflow.TrajectoryElements;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The element ids the code names (workflow-model's constants and the user tasks): a new version of a deployed
 * process must keep those its latest version has, or the code would wait on an element that no longer exists.
 */
final class CodeIds {

    private CodeIds() {
    }

    /**
     * The ids of the deployed latest version of this process that the code names (workflow-model's constants and the
     * user tasks): a new version must keep them.
     */
    static Set<String> keptBy(RepositoryService repository, String key) {
        if (key == null) {
            return Set.of();
        }
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        if (latest == null) {
            return Set.of();
        }
        Set<String> deployed = new HashSet<>();
        try (InputStream in = repository.getProcessModel(latest.getId())) {
            NodeList all = SecureXml.builder().parse(in).getElementsByTagNameNS(ModelValidator.BPMN_NS, "*");
            for (int i = 0; i < all.getLength(); i++) {
                deployed.add(((Element) all.item(i)).getAttribute("id"));
            }
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("The deployed model " + latest.getId() + " does not read", e);
        }
        deployed.retainAll(ALL);
        return deployed;
    }

    /** Every element id the code names. */
    static final Set<String> ALL = codeIds();

    private static Set<String> codeIds() {
        Set<String> ids = new HashSet<>();
        for (Class<?> constants : List.of(TrajectoryElements.class, PhaseElements.class, SupportElements.class)) {
            for (Field field : constants.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    try {
                        ids.add((String) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        for (UserTask task : UserTask.values()) {
            ids.add(task.key());
        }
        return Set.copyOf(ids);
    }
}
