package be.actraject.bpmn.models;

import be.actraject.bpmn.parameters.ParameterRefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The invoice-approval rule edited as the table it is: each row a condition on the invoices already issued and one on
 * the amount (FEEL unary tests such as {@code < 3} or {@code > 2500}, empty for any), whether the coordinator approves
 * too, and why; the first row that matches decides. A change is checked by the DMN engine against sample invoices,
 * then deployed as a new version of the table (validated like any model, recorded), which every approval decided
 * afterwards uses, running invoices included.
 */
@Service
public class ApprovalRule {

    static final String DMN = ModelValidator.DMN_NS;
    private static final int MAX_ROWS = 20;

    /** One row of the table. */
    public record Row(String issuedCount, String amount, boolean coordinatorToo, String description) {

        public Row {
            issuedCount = issuedCount == null ? "" : issuedCount.strip();
            amount = amount == null ? "" : amount.strip();
            description = description == null ? "" : description.strip();
        }

        boolean matchesAll() {
            return issuedCount.isEmpty() && amount.isEmpty();
        }
    }

    private final RepositoryService repository;
    private final ProcessEngineConfigurationImpl engine;
    private final ModelDeployment deployment;
    private final AuditLog audit;

    public ApprovalRule(RepositoryService repository, ProcessEngineConfigurationImpl engine, ModelDeployment deployment,
                        AuditLog audit) {
        this.repository = repository;
        this.engine = engine;
        this.deployment = deployment;
        this.audit = audit;
    }

    /** The rows of the latest version of the table. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        NodeList rules = parse(latestXml()).getElementsByTagNameNS(DMN, "rule");
        for (int i = 0; i < rules.getLength(); i++) {
            Element rule = (Element) rules.item(i);
            NodeList inputs = rule.getElementsByTagNameNS(DMN, "inputEntry");
            NodeList outputs = rule.getElementsByTagNameNS(DMN, "outputEntry");
            NodeList descriptions = rule.getElementsByTagNameNS(DMN, "description");
            rows.add(new Row(inputs.item(0).getTextContent(), inputs.item(1).getTextContent(),
                    "true".equals(outputs.item(0).getTextContent().strip()),
                    descriptions.getLength() == 0 ? "" : descriptions.item(0).getTextContent()));
        }
        return rows;
    }

    /**
     * @throws ParameterRefusedException INVALID (with the reason in the detail) for no rows, too many, a last row that
     *                                   does not match every invoice, or a condition the DMN engine cannot read;
     *                                   UNCHANGED; NO_REASON
     */
    @Transactional
    public void change(List<Row> rows, String reason, Actor actor) {
        if (!actor.has(Role.COORDINATOR)) {
            throw new NotPermittedException(actor.userId(), "change the invoice-approval rule");
        }
        if (reason == null || reason.isBlank()) {
            throw new ParameterRefusedException(ParameterRefusedException.Reason.NO_REASON, null);
        }
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new ParameterRefusedException(ParameterRefusedException.Reason.INVALID, "1-" + MAX_ROWS);
        }
        if (!rows.get(rows.size() - 1).matchesAll()) {
            throw new ParameterRefusedException(ParameterRefusedException.Reason.INVALID, "last-row");
        }
        List<Row> before = rows();
        if (before.equals(rows)) {
            throw new ParameterRefusedException(ParameterRefusedException.Reason.UNCHANGED, null);
        }
        String xml = withRows(latestXml(), rows);
        tryOut(xml);
        deployment.deploy("invoice-approval-rule.dmn", xml.getBytes(StandardCharsets.UTF_8), reason.strip(), actor);
        audit.record(AuditKind.PARAMETER_CHANGED, actor.userId(), ProcessKeys.INVOICE_APPROVAL_RULE,
                describe(before) + " → " + describe(rows) + ": " + reason.strip(), null);
    }

    /** The table decides for sample invoices without an error, or the condition it cannot read is named. */
    private void tryOut(String xml) {
        DmnDecision decision;
        try {
            decision = engine.getCommandExecutorTxRequired().execute(context -> engine.getDmnEngine()
                    .parseDecision(ProcessKeys.INVOICE_APPROVAL_RULE,
                            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (RuntimeException e) {
            throw new ParameterRefusedException(ParameterRefusedException.Reason.INVALID,
                    EngineText.readable(e.getMessage()));
        }
        for (int issued : new int[]{0, 1, 5, 50}) {
            for (double amount : new double[]{0.01, 250, 2500, 2500.01, 100_000}) {
                try {
                    engine.getDmnEngine().evaluateDecisionTable(decision,
                            Map.of("issuedInvoiceCount", issued, "amount", amount));
                } catch (RuntimeException e) {
                    throw new ParameterRefusedException(ParameterRefusedException.Reason.INVALID,
                            EngineText.readable(e.getMessage()));
                }
            }
        }
    }

    private static String describe(List<Row> rows) {
        return rows.stream().map(r -> "[" + (r.issuedCount().isEmpty() ? "-" : r.issuedCount()) + " | "
                + (r.amount().isEmpty() ? "-" : r.amount()) + " → " + r.coordinatorToo() + "]")
                .collect(Collectors.joining(" "));
    }

    /** The table's XML with these rows in place of its rules; everything else as it was. */
    static String withRows(String xml, List<Row> rows) {
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String id = "Rule_" + (i + 1);
            rules.append("      <rule id=\"").append(id).append("\">\n");
            if (!r.description().isEmpty()) {
                rules.append("        <description>").append(escape(r.description()))
                        .append("</description>\n");
            }
            rules.append("        <inputEntry id=\"").append(id).append("_Count\"><text>")
                    .append(escape(r.issuedCount())).append("</text></inputEntry>\n");
            rules.append("        <inputEntry id=\"").append(id).append("_Amount\"><text>")
                    .append(escape(r.amount())).append("</text></inputEntry>\n");
            rules.append("        <outputEntry id=\"").append(id).append("_Output\"><text>")
                    .append(r.coordinatorToo()).append("</text></outputEntry>\n");
            rules.append("      </rule>\n");
        }
        int first = xml.indexOf("<rule ");
        int last = xml.lastIndexOf("</rule>");
        if (first < 0 || last < 0) {
            int end = xml.indexOf("</decisionTable>");
            return xml.substring(0, end) + rules + "    " + xml.substring(end);
        }
        String head = xml.substring(0, first);
        return head.substring(0, head.lastIndexOf('\n') + 1) + rules
                + xml.substring(last + "</rule>".length()).replaceFirst("^\\s*\n", "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private String latestXml() {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(ProcessKeys.INVOICE_APPROVAL_RULE).latestVersion().singleResult();
        try (InputStream in = repository.getDecisionModel(latest.getId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("The approval rule does not read", e);
        }
    }
}
