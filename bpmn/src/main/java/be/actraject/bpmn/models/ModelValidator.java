package be.actraject.bpmn.models;

import be.actraject.bpmn.lint.BpmnLint;
import be.actraject.bpmn.lint.LintFinding;
import be.actraject.bpmn.models.ModelProblem.Code;
import be.actraject.bpmn.sandbox.ModelReachException;
import be.actraject.bpmn.sandbox.ModelRules;
import be.actraject.bpmn.sandbox.SecureXml;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a BPMN or DMN file before it may be deployed: size, well-formed XML without a DOCTYPE (so no external entity
 * is ever resolved), the sandbox's rules ({@link ModelRules}: nothing beyond the models'
 * allow-list, no script, no class), the engine's own parser, and what this product relies on — history time-to-live,
 * a screen and a candidate group for every user task, the element ids the code names, timers that parse — and the
 * rules of bpmnlint:recommended ({@link BpmnLint}), whose warnings are reported apart and do not refuse; a decision
 * table for one of the product's yes/no rules must answer yes or no to each of the rule's sample cases
 * ({@link RuleTableCheck}). Deploys
 * nothing; the engine applies the sandbox's rules again to every deployment, whatever its path.
 */
@Service
public class ModelValidator {

    /** The largest model accepted, in bytes. */
    private static final Logger LOG = LoggerFactory.getLogger(ModelValidator.class);

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    static final String DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    private final ProcessEngineConfigurationImpl engine;
    private final RepositoryService repository;
    private final TaskScreenCatalog screens;
    private final ModelRules rules;
    /** Lazily: the tables are services that deploy through the validator themselves. */
    private final ObjectProvider<EditableRuleTable> ruleTables;
    /** The shipped keys that may start on a message, a signal or a condition ({@link EventStarts}). */
    private final Set<String> eventStartKeys = EventStarts.shippedKeys();

    public ModelValidator(ProcessEngineConfigurationImpl engine, RepositoryService repository,
                          TaskScreenCatalog screens, ModelRules rules,
                          ObjectProvider<EditableRuleTable> ruleTables) {
        this.engine = engine;
        this.repository = repository;
        this.screens = screens;
        this.rules = rules;
        this.ruleTables = ruleTables;
    }

    /** The kind of a model file, by its root element. */
    public enum Kind { BPMN, DMN }

    /**
     * What the validation found: the kind (null when not a model), the problems (none when it may be deployed) and
     * the warnings, which are shown but do not refuse it.
     */
    public record Report(Kind kind, String key, List<ModelProblem> problems, List<ModelProblem> warnings) {
        public Report(Kind kind, String key, List<ModelProblem> problems) {
            this(kind, key, problems, List.of());
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public Report validate(String resourceName, byte[] xml) {
        if (xml.length > MAX_BYTES) {
            return refused(new ModelProblem(Code.TOO_LARGE, null, Integer.toString(MAX_BYTES / 1024)));
        }
        Document document;
        try {
            document = SecureXml.parse(xml);
        } catch (SAXException e) {
            boolean doctype = e.getMessage() != null && e.getMessage().contains("DOCTYPE");
            return refused(new ModelProblem(doctype ? Code.EXTERNAL_ENTITY : Code.MALFORMED,
                    null, doctype ? null : EngineText.readable(e.getMessage())));
        } catch (IOException e) {
            return refused(new ModelProblem(Code.MALFORMED, null, EngineText.readable(e.getMessage())));
        }
        Element root = document.getDocumentElement();
        if (isDefinitions(root, BPMN_NS)) {
            return validateBpmn(resourceName, xml, document);
        }
        if (isDefinitions(root, DMN_NS)) {
            return validateDmn(resourceName, xml, document);
        }
        return refused(new ModelProblem(Code.NOT_A_MODEL, null, root.getNodeName()));
    }

    /** A report on a file that is not (or not readable as) a model: no kind, no key, one problem. */
    private static Report refused(ModelProblem problem) {
        return new Report(null, null, List.of(problem));
    }

    private static boolean isDefinitions(Element root, String namespace) {
        return namespace.equals(root.getNamespaceURI()) && "definitions".equals(root.getLocalName());
    }

    private Report validateBpmn(String resourceName, byte[] xml, Document document) {
        Element root = document.getDocumentElement();
        List<ModelProblem> problems = new ArrayList<>();
        String key = firstProcessId(root);
        onePerFile(root.getElementsByTagNameNS(BPMN_NS, "process"), problems);
        rules.check(document).forEach(f -> problems.add(ModelProblem.of(f)));
        engineParse(resourceName, xml, problems);
        checkBpmn(root, key, problems);
        List<ModelProblem> warnings = new ArrayList<>();
        lint(document, problems, warnings);
        return new Report(Kind.BPMN, key, List.copyOf(problems), List.copyOf(warnings));
    }

    private Report validateDmn(String resourceName, byte[] xml, Document document) {
        Element root = document.getDocumentElement();
        List<ModelProblem> problems = new ArrayList<>();
        rules.check(document).forEach(f -> problems.add(ModelProblem.of(f)));
        engineParseDecisions(resourceName, xml, problems);
        NodeList decisions = root.getElementsByTagNameNS(DMN_NS, "decision");
        onePerFile(decisions, problems);
        String key = decisions.getLength() == 0 ? null : ((Element) decisions.item(0)).getAttribute("id");
        if (problems.isEmpty() && key != null) {
            checkRuleTable(key, (Element) decisions.item(0), new String(xml, StandardCharsets.UTF_8), problems);
        }
        return new Report(Kind.DMN, key, List.copyOf(problems));
    }

    /**
     * A new version of one of the product's yes/no rules must answer yes or no to each of its sample cases: tried in a
     * command context, as the engine decides at run time (its DMN engine records metrics there).
     */
    private void checkRuleTable(String key, Element decision, String xml, List<ModelProblem> problems) {
        ruleTables.stream().map(EditableRuleTable::spec).filter(spec -> spec.decisionKey().equals(key)).findFirst()
                .ifPresent(spec -> TrialParseLogging.quietly(() -> engine.getCommandExecutorTxRequired().execute(
                        context -> {
                            RuleTableCheck.check(spec, decision, xml, new RuleTableTrial(engine.getDmnEngine(),
                                    table -> engine.getDmnEngine().parseDecision(key,
                                            new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)))),
                                    problems);
                            return null;
                        })));
    }

    private void engineParseDecisions(String resourceName, byte[] xml, List<ModelProblem> problems) {
        try {
            // In a command context, as a deployment would: the engine's DMN parse reads its configuration there.
            TrialParseLogging.quietly(() -> engine.getCommandExecutorTxRequired().execute(commandContext ->
                    engine.getDmnEngine().parseDecisions(new ByteArrayInputStream(xml))));
        } catch (RuntimeException e) {
            LOG.info("The engine refuses the decision {}: {}", resourceName, EngineText.readable(e.getMessage()));
            problems.add(new ModelProblem(Code.ENGINE, null, EngineText.readable(e.getMessage())));
        }
    }

    /**
     * One process (or decision) per file: the checks of a key (what the code names in its shipped model, how it may
     * start), its version and its audit entry are each about one key, so a second key in the same file would deploy
     * unchecked and unnamed. Each further one is refused on its element, naming it.
     */
    private static void onePerFile(NodeList definitions, List<ModelProblem> problems) {
        for (int i = 1; i < definitions.getLength(); i++) {
            String id = ((Element) definitions.item(i)).getAttribute("id");
            problems.add(new ModelProblem(Code.SEVERAL_KEYS, id, id));
        }
    }

    private static String firstProcessId(Element root) {
        NodeList processes = root.getElementsByTagNameNS(BPMN_NS, "process");
        return processes.getLength() == 0 ? null : ((Element) processes.item(0)).getAttribute("id");
    }

    /**
     * The rules of bpmnlint:recommended, as the process room's modeler shows them while drawing and the build applies
     * to the shipped models ({@link BpmnLint}): an error refuses the model, a warning is shown with it.
     */
    private static void lint(Document document, List<ModelProblem> problems, List<ModelProblem> warnings) {
        for (LintFinding finding : BpmnLint.lint(document)) {
            boolean error = finding.severity() == LintFinding.Severity.ERROR;
            (error ? problems : warnings).add(new ModelProblem(error ? Code.LINT : Code.LINT_WARNING,
                    finding.elementId(), finding.rule() + ": " + finding.message()));
        }
    }

    /** The engine's parser, run in a command context as a deployment would, without storing anything. */
    private void engineParse(String resourceName, byte[] xml, List<ModelProblem> problems) {
        try {
            TrialParseLogging.quietly(() -> engine.getCommandExecutorTxRequired().execute(commandContext -> {
                DeploymentEntity deployment = new DeploymentEntity();
                deployment.setName("validation");
                BpmnParse parse = new BpmnParser(engine.getExpressionManager(), engine.getBpmnParseFactory())
                        .createParse().deployment(deployment);
                parse.sourceInputStream(new ByteArrayInputStream(xml)).name(resourceName).execute();
                return null;
            }));
        } catch (ModelReachException e) {
            // Already reported, on its element, by the sandbox's rules.
        } catch (ParseException e) {
            LOG.info("The engine refuses the model {}: {}", resourceName, EngineText.readable(e.getMessage()));
            // A script the sandbox refused is reported by its rules, on its element, in the user's language.
            e.getResorceReports().forEach(report -> report.getErrors().stream()
                    .filter(p -> p.getMessage() == null || !p.getMessage().contains(ModelReachException.SCRIPT_REFUSED))
                    .forEach(p -> problems.add(new ModelProblem(Code.ENGINE, p.getMainElementId(), engineMessage(p)))));
            if (problems.isEmpty()) {
                problems.add(new ModelProblem(Code.ENGINE, null, EngineText.readable(e.getMessage())));
            }
        } catch (RuntimeException e) {
            LOG.info("The engine refuses the model {}: {}", resourceName, EngineText.readable(e.getMessage()));
            problems.add(new ModelProblem(Code.ENGINE, null, EngineText.readable(e.getMessage())));
        }
    }

    private static String engineMessage(Problem p) {
        return EngineText.readable(p.getMessage()) + (p.getLine() > 0 ? " (line " + p.getLine() + ")" : "");
    }

    private void checkBpmn(Element root, String key, List<ModelProblem> problems) {
        NodeList processes = root.getElementsByTagNameNS(BPMN_NS, "process");
        for (int i = 0; i < processes.getLength(); i++) {
            Element process = (Element) processes.item(i);
            if (process.getAttributeNS(CAMUNDA_NS, "historyTimeToLive").isBlank()) {
                problems.add(new ModelProblem(Code.NO_HISTORY_TIME_TO_LIVE, process.getAttribute("id"), null));
            }
            if (!eventStartKeys.contains(process.getAttribute("id"))) {
                EventStarts.startEvents(process)
                        .forEach(id -> problems.add(new ModelProblem(Code.EVENT_START, id, id)));
            }
        }
        Set<String> ids = new HashSet<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (!BPMN_NS.equals(element.getNamespaceURI()) && !CAMUNDA_NS.equals(element.getNamespaceURI())) {
                continue;
            }
            if (element.hasAttribute("id")) {
                ids.add(element.getAttribute("id"));
            }
            String owner = ownerId(element);
            if (BPMN_NS.equals(element.getNamespaceURI()) && "userTask".equals(element.getLocalName())) {
                checkUserTask(element, problems);
            }
            if (BPMN_NS.equals(element.getNamespaceURI()) && element.getLocalName().startsWith("time")
                    && element.getParentNode() instanceof Element parent
                    && "timerEventDefinition".equals(parent.getLocalName())) {
                TimerCheck.check(element.getLocalName(), element.getTextContent().strip(), ownerId(parent), problems);
            }
        }
        for (String required : CodeIds.keptBy(repository, key)) {
            if (!ids.contains(required)) {
                problems.add(new ModelProblem(Code.MISSING_ID, null, required));
            }
        }
    }

    private void checkUserTask(Element task, List<ModelProblem> problems) {
        String id = task.getAttribute("id");
        if (!screens.hasScreen(id, task.getAttributeNS(CAMUNDA_NS, "formKey"))) {
            problems.add(new ModelProblem(Code.NO_SCREEN, id, id));
        }
        if (task.getAttributeNS(CAMUNDA_NS, "candidateGroups").isBlank()
                && task.getAttributeNS(CAMUNDA_NS, "assignee").isBlank()
                && task.getAttributeNS(CAMUNDA_NS, "candidateUsers").isBlank()) {
            problems.add(new ModelProblem(Code.NO_CANDIDATE_GROUPS, id, null));
        }
    }

    private static String ownerId(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            // The element drawn on the diagram: an event definition is part of its event.
            if (BPMN_NS.equals(e.getNamespaceURI()) && e.hasAttribute("id")
                    && !e.getLocalName().endsWith("EventDefinition")) {
                return e.getAttribute("id");
            }
        }
        return null;
    }
}
