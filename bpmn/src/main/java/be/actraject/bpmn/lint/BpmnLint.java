package be.actraject.bpmn.lint;

import be.actraject.bpmn.lint.LintFinding.Severity;
import org.w3c.dom.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The rules of {@code bpmnlint:recommended} with their levels, as bpmnlint 11.15.0 lists them in
 * config/recommended.js, and the one level web/src/main/frontend/.bpmnlintrc raises: {@code fake-join} is an error
 * here, because the engine runs an implicit join as a merge that passes every token on (issue 14: the models join
 * explicitly). Run over a parsed BPMN file, they report what bpmnlint with .bpmnlintrc would, rule by rule, on the
 * same elements with the same messages. Errors refuse a deployment, warnings are shown (the process room's validator).
 */
public final class BpmnLint {

    /** One rule: its name, its level, and how it checks a model. */
    private record Rule(String name, Severity severity, BiConsumer<LintModel, Reporter> check) {
    }

    private static final List<Rule> RECOMMENDED = List.of(
            each("ad-hoc-sub-process", Severity.ERROR, StructureRules::adHocSubProcess),
            each("conditional-flows", Severity.ERROR, FlowRules::conditionalFlows),
            each("end-event-required", Severity.ERROR, StructureRules::endEventRequired),
            each("event-based-gateway", Severity.ERROR, StructureRules::eventBasedGateway),
            each("event-sub-process-typed-start-event", Severity.ERROR, StructureRules::eventSubProcessTypedStartEvent),
            each("fake-join", Severity.ERROR, FlowRules::fakeJoin), // 'warn' in recommended, raised by .bpmnlintrc
            new Rule("global", Severity.WARNING, DocumentRules::global),
            each("label-required", Severity.ERROR, FlowRules::labelRequired),
            each("link-event", Severity.ERROR, StructureRules::linkEvent),
            new Rule("no-bpmndi", Severity.ERROR, DocumentRules::noBpmndi),
            each("no-complex-gateway", Severity.ERROR, StructureRules::noComplexGateway),
            each("no-disconnected", Severity.ERROR, FlowRules::noDisconnected),
            new Rule("no-duplicate-sequence-flows", Severity.ERROR, FlowRules::noDuplicateSequenceFlows),
            each("no-gateway-join-fork", Severity.ERROR, FlowRules::noGatewayJoinFork),
            each("no-implicit-split", Severity.ERROR, FlowRules::noImplicitSplit),
            each("no-implicit-end", Severity.ERROR, FlowRules::noImplicitEnd),
            each("no-implicit-start", Severity.ERROR, FlowRules::noImplicitStart),
            each("no-inclusive-gateway", Severity.WARNING, StructureRules::noInclusiveGateway),
            new Rule("no-overlapping-elements", Severity.WARNING, DocumentRules::noOverlappingElements),
            each("single-blank-start-event", Severity.ERROR, StructureRules::singleBlankStartEvent),
            each("single-event-definition", Severity.ERROR, StructureRules::singleEventDefinition),
            each("start-event-required", Severity.ERROR, StructureRules::startEventRequired),
            each("sub-process-blank-start-event", Severity.ERROR, StructureRules::subProcessBlankStartEvent),
            each("superfluous-gateway", Severity.WARNING, FlowRules::superfluousGateway),
            each("superfluous-label", Severity.WARNING, FlowRules::superfluousLabel),
            each("superfluous-termination", Severity.WARNING, StructureRules::superfluousTermination));

    private BpmnLint() {
    }

    /** The names of the rules applied, as in bpmnlint's config/recommended.js. */
    public static List<String> ruleNames() {
        return RECOMMENDED.stream().map(Rule::name).toList();
    }

    /** What the recommended rules find in a parsed BPMN file, rule by rule in the configuration's order. */
    public static List<LintFinding> lint(Document document) {
        LintModel model = new LintModel(document);
        List<LintFinding> findings = new ArrayList<>();
        for (Rule rule : RECOMMENDED) {
            rule.check().accept(model, (id, message) -> findings.add(
                    new LintFinding(rule.name(), id, message, rule.severity())));
        }
        return List.copyOf(findings);
    }

    /** A rule that looks at one element at a time, applied to every element of the file. */
    private static Rule each(String name, Severity severity, BiConsumer<LintNode, Reporter> check) {
        return new Rule(name, severity, (model, report) -> model.nodes.forEach(n -> check.accept(n, report)));
    }
}
