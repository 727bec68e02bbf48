package be.actraject.bpmn.sandbox;

import be.actraject.bpmn.sandbox.Finding.Rule;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules a BPMN 2.0 or DMN 1.3 model must keep to be deployed here, checked on its XML: every camunda extension
 * element and attribute is on an allow-list (so a feature the engine adds later is refused until someone decides),
 * no script in any form, no Java class, no import, no expression language but the engine's JUEL (and FEEL in DMN),
 * no process that starts itself on a timer, and every expression within {@link ModelReach}. The same rules serve the
 * process room's validator (with a message per finding) and the engine's deployer (which refuses the deployment).
 */
public final class ModelRules {

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA_BPMN_NS = "http://camunda.org/schema/1.0/bpmn";
    static final String DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";

    /** The camunda extension elements a model may hold: variable passing, listeners by delegate, properties. */
    private static final Set<String> EXTENSION_ELEMENTS = Set.of("in", "out", "inputOutput", "inputParameter",
            "outputParameter", "taskListener", "executionListener", "properties", "property", "list", "map", "entry",
            "value", "failedJobRetryTimeCycle");
    /** The camunda attributes a BPMN element may carry. */
    private static final Set<String> BPMN_ATTRIBUTES = Set.of("asyncBefore", "asyncAfter", "exclusive", "jobPriority",
            "taskPriority", "historyTimeToLive", "versionTag", "isStartableInTasklist", "candidateGroups",
            "candidateUsers", "assignee", "dueDate", "followUpDate", "priority", "formKey", "expression",
            "delegateExpression", "resultVariable", "collection", "elementVariable", "decisionRef",
            "decisionRefBinding", "decisionRefVersion", "decisionRefVersionTag", "mapDecisionResult", "calledElement",
            "calledElementBinding", "calledElementVersion", "calledElementVersionTag", "initiator",
            "errorCodeVariable", "errorMessageVariable", "escalationCodeVariable", "variableName", "variableEvents",
            // on the extension elements above
            "event", "name", "value", "source", "sourceExpression", "target", "variables", "businessKey", "local",
            "key", "id", "modelerTemplate", "modelerTemplateVersion");
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass", "formHandlerClass");
    private static final Set<String> SCRIPT_ATTRIBUTES = Set.of("resource", "scriptFormat");
    private static final Set<String> DMN_ATTRIBUTES = Set.of("historyTimeToLive", "versionTag", "inputVariable");
    /** FEEL in its names, and JUEL, which resolves through the same guarded expression manager as BPMN. */
    private static final Set<String> DMN_LANGUAGES = Set.of("feel", "juel", "http://www.omg.org/spec/feel/20140401",
            "https://www.omg.org/spec/dmn/20191111/feel/", "https://www.omg.org/spec/feel/20140401");
    private static final String XPATH = "http://www.w3.org/1999/XPath";
    /**
     * The namespaces a model may use at all. Anything else is refused whole — among them {@code http://activiti.org/bpmn},
     * which the engine still reads as its own extension namespace, so that {@code activiti:class} would run a class.
     */
    private static final Set<String> NAMESPACES = Set.of(BPMN_NS, DMN_NS, CAMUNDA_BPMN_NS, CAMUNDA_DMN_NS,
            "http://www.omg.org/spec/BPMN/20100524/DI", "http://www.omg.org/spec/DD/20100524/DC",
            "http://www.omg.org/spec/DD/20100524/DI", "https://www.omg.org/spec/DMN/20191111/DMNDI/",
            "http://www.omg.org/spec/DMN/20180521/DC/", "http://www.omg.org/spec/DMN/20180521/DI/",
            "http://camunda.org/schema/modeler/1.0", "http://www.w3.org/2001/XMLSchema-instance",
            "http://www.w3.org/XML/1998/namespace", "http://www.w3.org/2000/xmlns/",
            // bpmn-js's colours
            "http://bpmn.io/schema/bpmn/biocolor/1.0", "http://www.omg.org/spec/BPMN/non-normative/color/1.0");

    /** Texts the engine never evaluates. */
    private static final Set<String> PROSE = Set.of("documentation", "text", "description");
    /**
     * Elements whose text the engine evaluates as an expression: their whole text content is checked, children and
     * all, since the engine's parser joins the text around a child ({@code ${…}<documentation/>}) and the model API
     * reads the text content of the children too.
     */
    private static final Set<String> EXPRESSION_TEXTS = Set.of("conditionExpression", "condition", "timeDate",
            "timeDuration", "timeCycle", "loopCardinality", "completionCondition", "inputParameter",
            "outputParameter", "value", "entry", "failedJobRetryTimeCycle", "script", "dataInputAssociation",
            "formalExpression", "assignment", "from", "to", "inputDataItem", "outputDataItem", "messageRef");

    private final ExpressionCheck expressions;

    public ModelRules(ModelReach reach, Predicate<String> isBean) {
        this.expressions = new ExpressionCheck(reach, isBean);
    }

    /** Whether the document is one these rules apply to. */
    public static boolean isModel(Document document) {
        String ns = document.getDocumentElement().getNamespaceURI();
        return BPMN_NS.equals(ns) || DMN_NS.equals(ns);
    }

    /** What breaks the rules, in document order, each once; empty when the model keeps them. */
    public List<Finding> check(Document document) {
        Set<Finding> findings = new LinkedHashSet<>();
        Element root = document.getDocumentElement();
        boolean dmn = DMN_NS.equals(root.getNamespaceURI());
        NodeList all = root.getElementsByTagName("*");
        List<Element> elements = new ArrayList<>(all.getLength() + 1);
        elements.add(root);
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        for (Element element : elements) {
            if (!checkNamespaces(element, findings)) {
                continue;
            }
            if (dmn) {
                checkDmnElement(element, findings);
            } else {
                checkBpmnElement(element, findings);
            }
        }
        return List.copyOf(findings);
    }

    /** False when the element itself is in a namespace a model may not use (and is reported). */
    private static boolean checkNamespaces(Element element, Set<Finding> findings) {
        if (!NAMESPACES.contains(element.getNamespaceURI())) {
            findings.add(new Finding(Rule.EXTENSION_NOT_ALLOWED, ownerId(element), element.getNodeName()));
            return false;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String ns = attribute.getNamespaceURI();
            if (ns != null && !NAMESPACES.contains(ns)) {
                findings.add(new Finding(Rule.EXTENSION_NOT_ALLOWED, ownerId(element), attribute.getName()));
            }
        }
        return true;
    }

    private void checkBpmnElement(Element element, Set<Finding> findings) {
        String ns = element.getNamespaceURI();
        String owner = ownerId(element);
        if (BPMN_NS.equals(ns)) {
            checkBpmnNamed(element, owner, findings);
        } else if (CAMUNDA_BPMN_NS.equals(ns)) {
            String name = element.getLocalName();
            if (name.equals("script")) {
                findings.add(new Finding(Rule.SCRIPT, owner, "camunda:script"));
            } else if (!EXTENSION_ELEMENTS.contains(name)) {
                findings.add(new Finding(Rule.EXTENSION_NOT_ALLOWED, owner, "camunda:" + name));
            }
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            checkBpmnAttribute(ns, (Attr) attributes.item(i), owner, findings);
        }
        checkText(element, owner, findings);
    }

    /** A BPMN element refused for what it is: a script, an import, another expression language, a timer start. */
    private static void checkBpmnNamed(Element element, String owner, Set<Finding> findings) {
        String name = element.getLocalName();
        switch (name) {
            case "scriptTask", "script" -> findings.add(new Finding(Rule.SCRIPT, owner, name));
            case "import" -> findings.add(new Finding(Rule.EXTERNAL_RESOURCE, owner, element.getAttribute("location")));
            case "definitions" -> {
                String language = element.getAttribute("expressionLanguage");
                if (!language.isEmpty() && !language.equals(XPATH)) {
                    findings.add(new Finding(Rule.EXPRESSION_LANGUAGE, owner, language));
                }
            }
            case "startEvent" -> {
                if (element.getParentNode() instanceof Element parent && "process".equals(parent.getLocalName())
                        && !childrenNamed(element, "timerEventDefinition").isEmpty()) {
                    findings.add(new Finding(Rule.TIMER_START, owner, element.getAttribute("id")));
                }
            }
            default -> {
            }
        }
        if (element.hasAttribute("language")) {
            // A condition with a language is a script condition, even "juel": the engine's JUEL script engine
            // resolves beans on its own, outside the guarded expression manager.
            findings.add(new Finding(Rule.SCRIPT, owner, element.getAttribute("language")));
        }
    }

    /**
     * One attribute of an element in namespace {@code ns}: a plain BPMN attribute only for the expressions it may
     * hold; a Camunda one against the allow-list, with no class and no script.
     */
    private void checkBpmnAttribute(String ns, Attr attribute, String owner, Set<Finding> findings) {
        if (BPMN_NS.equals(ns) && attribute.getNamespaceURI() == null) {
            // A message's or a signal's name may be an expression the engine evaluates.
            if (ExpressionCheck.isExpression(attribute.getValue())) {
                findings.addAll(expressions.check(attribute.getValue(), owner, false));
            }
            return;
        }
        if (!CAMUNDA_BPMN_NS.equals(attribute.getNamespaceURI())
                && !(CAMUNDA_BPMN_NS.equals(ns) && attribute.getNamespaceURI() == null)) {
            return;
        }
        String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        if (CLASS_ATTRIBUTES.contains(attributeName)) {
            findings.add(new Finding(Rule.JAVA_CLASS, owner, attribute.getValue()));
        } else if (SCRIPT_ATTRIBUTES.contains(attributeName)) {
            findings.add(new Finding(Rule.SCRIPT, owner, "camunda:" + attributeName));
        } else if (!BPMN_ATTRIBUTES.contains(attributeName)) {
            findings.add(new Finding(Rule.EXTENSION_NOT_ALLOWED, owner, "camunda:" + attributeName));
        } else if (ExpressionCheck.isExpression(attribute.getValue())) {
            findings.addAll(expressions.check(attribute.getValue(), owner,
                    attributeName.equals("delegateExpression")));
        }
    }

    private void checkDmnElement(Element element, Set<Finding> findings) {
        String owner = ownerId(element);
        if (DMN_NS.equals(element.getNamespaceURI()) && "import".equals(element.getLocalName())) {
            findings.add(new Finding(Rule.EXTERNAL_RESOURCE, owner, element.getAttribute("locationURI")));
        }
        String language = element.getAttribute("expressionLanguage");
        if (!language.isEmpty() && !DMN_LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
            findings.add(new Finding(Rule.EXPRESSION_LANGUAGE, owner, language));
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (CAMUNDA_DMN_NS.equals(attribute.getNamespaceURI())
                    && !DMN_ATTRIBUTES.contains(attribute.getLocalName())) {
                findings.add(new Finding(Rule.EXTENSION_NOT_ALLOWED, owner, "camunda:" + attribute.getLocalName()));
            }
        }
        if (CAMUNDA_DMN_NS.equals(element.getNamespaceURI()) || CAMUNDA_BPMN_NS.equals(element.getNamespaceURI())) {
            findings.add(new Finding(Rule.EXTENSION_NOT_ALLOWED, owner, "camunda:" + element.getLocalName()));
        }
        // JUEL in a DMN text goes through the guarded expression manager too; FEEL never writes ${.
        if ("text".equals(element.getLocalName())) {
            String text = element.getTextContent();
            if (ExpressionCheck.isExpression(text)) {
                findings.addAll(expressions.check(text, owner, false));
            } else if (definesFeelFunction(text)) {
                findings.add(new Finding(Rule.FEEL_FUNCTION, owner, text.strip()));
            }
        }
    }

    /**
     * Checks the text of any element but prose: the whole text content of one the engine evaluates, and of every
     * other its own text (the joined text nodes around its children), which is what the engine's parser reads.
     */
    private void checkText(Element element, String owner, Set<Finding> findings) {
        if (PROSE.contains(element.getLocalName())) {
            return;
        }
        String text = EXPRESSION_TEXTS.contains(element.getLocalName()) ? element.getTextContent() : ownText(element);
        if (ExpressionCheck.isExpression(text)) {
            findings.addAll(expressions.check(text, owner, false));
        }
    }

    /** The element's own text: its text and CDATA children joined, as a SAX parser hands them over. */
    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        return text.toString();
    }

    /** FEEL's function definition (DMN 1.3, 10.3.1.2 rules 57-58), outside string literals. */
    private static final Pattern FEEL_FUNCTION = Pattern.compile("\\b(function\\s*\\(|external\\b)");
    private static final Pattern FEEL_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    /**
     * Whether a FEEL text defines a function, in an input expression, an input entry or an output entry. The
     * engine's FEEL refuses external functions only when it evaluates them, so the decision would fail from then
     * on; a function of plain FEEL has no use in a decision table here either.
     */
    static boolean definesFeelFunction(String text) {
        return text != null && FEEL_FUNCTION.matcher(FEEL_STRING.matcher(text).replaceAll("\"\"")).find();
    }

    private static List<Element> childrenNamed(Element element, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                children.add(e);
            }
        }
        return children;
    }

    /** The element drawn on the diagram that holds this one: an event definition is part of its event. */
    static String ownerId(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            if (e.hasAttribute("id") && !e.getLocalName().endsWith("EventDefinition")
                    && (BPMN_NS.equals(e.getNamespaceURI()) || DMN_NS.equals(e.getNamespaceURI()))) {
                return e.getAttribute("id");
            }
        }
        return null;
    }
}
