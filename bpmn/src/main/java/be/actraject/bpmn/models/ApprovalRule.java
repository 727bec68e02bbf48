package be.actraject.bpmn.models;

import be.actraject.bpmn.parameters.ParameterRefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The invoice-approval rule as two numbers instead of a table: the coordinator approves too a candidate's first
 * {@code firstInvoices} invoices and every invoice above {@code amountAbove} (excluding VAT). A change writes those
 * two cells of the decision table and deploys it as a new version — validated like any model, recorded — which every
 * approval decided afterwards uses, running invoices included.
 */
@Service
public class ApprovalRule {

    private static final Pattern COUNT = cell("InputEntry_FirstInvoices_Count");
    private static final Pattern AMOUNT = cell("InputEntry_LargeAmount_Amount");

    /** The rule's two numbers. */
    public record Thresholds(int firstInvoices, BigDecimal amountAbove) {
    }

    private final RepositoryService repository;
    private final ProcessModels models;
    private final AuditLog audit;

    public ApprovalRule(RepositoryService repository, ProcessModels models, AuditLog audit) {
        this.repository = repository;
        this.models = models;
        this.audit = audit;
    }

    private static Pattern cell(String id) {
        return Pattern.compile("(<inputEntry id=\"" + id + "\"[^>]*>\\s*<text>)([^<]*)(</text>)");
    }

    /** The thresholds of the latest version of the table. */
    public Thresholds current() {
        String xml = latestXml();
        return new Thresholds(Integer.parseInt(value(COUNT, xml).replace("&lt;", "").strip()),
                new BigDecimal(value(AMOUNT, xml).replace("&gt;", "").strip()));
    }

    /**
     * @throws ParameterRefusedException for a count below 0, an amount not above 0, no change, or no reason
     * @throws ModelInvalidException      if the table the change writes does not validate (nothing deployed)
     */
    @Transactional
    public Thresholds change(int firstInvoices, BigDecimal amountAbove, String reason, Actor actor) {
        if (!actor.has(Role.COORDINATOR)) {
            throw new NotPermittedException(actor.userId(), "change the invoice-approval rule");
        }
        if (reason == null || reason.isBlank()) {
            throw new ParameterRefusedException(ParameterRefusedException.Reason.NO_REASON, null);
        }
        if (firstInvoices < 0 || firstInvoices > 100 || amountAbove == null || amountAbove.signum() <= 0
                || amountAbove.scale() > 2) {
            throw new ParameterRefusedException(ParameterRefusedException.Reason.INVALID, null);
        }
        Thresholds before = current();
        Thresholds after = new Thresholds(firstInvoices, amountAbove.stripTrailingZeros());
        if (before.firstInvoices() == after.firstInvoices()
                && before.amountAbove().compareTo(after.amountAbove()) == 0) {
            throw new ParameterRefusedException(ParameterRefusedException.Reason.UNCHANGED, null);
        }
        String xml = replace(AMOUNT, replace(COUNT, latestXml(), "&lt; " + firstInvoices),
                "&gt; " + after.amountAbove().toPlainString());
        models.deploy("invoice-approval-rule.dmn", xml.getBytes(StandardCharsets.UTF_8), reason.strip(), actor);
        audit.record(AuditKind.PARAMETER_CHANGED, actor.userId(), ProcessKeys.INVOICE_APPROVAL_RULE,
                "< " + before.firstInvoices() + ", > " + before.amountAbove().toPlainString() + " → < "
                        + firstInvoices + ", > " + after.amountAbove().toPlainString() + ": " + reason.strip(), null);
        return after;
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

    private static String value(Pattern cell, String xml) {
        Matcher m = cell.matcher(xml);
        if (!m.find()) {
            throw new IllegalStateException("The approval rule has no cell " + cell.pattern());
        }
        return m.group(2);
    }

    private static String replace(Pattern cell, String xml, String value) {
        Matcher m = cell.matcher(xml);
        if (!m.find()) {
            throw new IllegalStateException("The approval rule has no cell " + cell.pattern());
        }
        return m.replaceFirst(Matcher.quoteReplacement(m.group(1) + value + m.group(3)));
    }
}
