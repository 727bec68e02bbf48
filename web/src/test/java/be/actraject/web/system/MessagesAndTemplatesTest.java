package be.actraject.web.system;

import be.actraject.bpmn.task.HandOverRefusedException;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.bpmn.task.WorklistScope;
import be.actraject.bpmn.task.WorklistSort;
import be.actraject.domain.aftercare.Situation;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.conversation.ActionOwner;
import be.actraject.domain.conversation.ActionPointStatus;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.InvalidCustomerException;
import be.actraject.domain.document.DocumentKind;
import be.actraject.domain.document.DocumentRejectedException;
import be.actraject.domain.exploration.DeliverableKind;
import be.actraject.domain.exploration.DeliverableStatus;
import be.actraject.domain.group.Presence;
import be.actraject.domain.invoice.InvoiceStatus;
import be.actraject.domain.invoice.PaymentRefusedException;
import be.actraject.bpmn.models.ModelProblem;
import be.actraject.bpmn.parameters.Parameter;
import be.actraject.bpmn.parameters.ParameterRefusedException;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.earnings.InvalidCostException;
import be.actraject.domain.einvoice.InvalidInvoiceException;
import be.actraject.domain.invoice.CreditNoteRefusedException;
import be.actraject.domain.invoice.InvoiceKind;
import be.actraject.domain.invoice.QuoteStatus;
import be.actraject.domain.invoice.Unit;
import be.actraject.domain.prospecting.ProspectingKind;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.workflow.Decision;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import be.actraject.workflow.TimeLimit;
import be.actraject.workflow.UserTask;
import be.actraject.web.support.MessageBundles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All text reaches the screen through the message bundles, in Dutch and in English: no literal text in a template,
 * no key in one language only, no key a template names that neither bundle has, and a name for every task, phase,
 * exit type and timeline entry the code can produce.
 */
class MessagesAndTemplatesTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    /** Text that is not language: punctuation and separators the templates put between values. */
    private static final Pattern NOT_LANGUAGE = Pattern.compile("[\\s\\p{Punct}–|·]*");

    private final Properties dutch = MessageBundles.all(MessageBundles.DUTCH);
    private final Properties english = MessageBundles.all(MessageBundles.ENGLISH);

    @Test
    void everyFeatureBundleIsListedOnceAndExistsInBothLanguages() {
        List<String> listed = MessageBundles.basenames();
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(listed)).as("spring.messages.basename against the files in i18n/")
                .isEqualTo(MessageBundles.filesOnClasspath());
        var dutchFiles = MessageBundles.perFile(MessageBundles.DUTCH);
        var englishFiles = MessageBundles.perFile(MessageBundles.ENGLISH);
        for (String basename : listed) {
            assertThat(new TreeSet<>(englishFiles.get(basename).stringPropertyNames())).as(basename)
                    .isEqualTo(new TreeSet<>(dutchFiles.get(basename).stringPropertyNames()));
        }
    }

    /**
     * A customer reads its invoices, credit notes, reminders and their mails in Dutch, French or English (issue 18):
     * French has every text of i18n/document — a missing one would fall back to Dutch in the middle of a French
     * invoice — and no other, since the screens stay Dutch and English. Its texts with arguments go through
     * MessageFormat, where a single apostrophe (d'entreprise) would swallow the argument after it.
     */
    @Test
    void theCustomersDocumentsHaveEveryTextInFrenchAndOnlyThose() throws IOException {
        Properties document = MessageBundles.file("i18n/document", MessageBundles.DUTCH);
        Properties french = MessageBundles.file("i18n/document", MessageBundles.FRENCH);
        assertThat(new TreeSet<>(french.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(document.stringPropertyNames()));
        List<String> frenchFiles = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_fr*.properties")) {
            frenchFiles.add(r.getFilename());
        }
        assertThat(frenchFiles).containsExactly("document_fr.properties");
        for (String key : french.stringPropertyNames()) {
            String text = french.getProperty(key);
            if (text.contains("{0")) {
                // Eight: the mails' last argument, "of the seller" (d'… before a vowel in French), is {7} at most.
                assertThat(new java.text.MessageFormat(text).format(
                        new Object[]{"X", "X", "X", "X", "X", "X", "X", "X"}))
                        .as(key).doesNotContain("{");
                assertThat(text.replace("''", "")).as(key + ": a single apostrophe").doesNotContain("'");
            }
        }
    }

    @Test
    void noKeyIsInTwoBundles() {
        assertThat(MessageBundles.keysInTwoFiles(MessageBundles.DUTCH)).isEmpty();
        assertThat(MessageBundles.keysInTwoFiles(MessageBundles.ENGLISH)).isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(dutch.stringPropertyNames()));
    }

    @Test
    void everyKeyATemplateNamesExists() {
        Set<String> missing = new TreeSet<>();
        for (Resource template : templates()) {
            Matcher m = MESSAGE_KEY.matcher(read(template));
            while (m.find()) {
                if (!dutch.containsKey(m.group(1))) {
                    missing.add(template.getFilename() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() {
        List<String> literals = new ArrayList<>();
        for (Resource template : templates()) {
            Document doc = Jsoup.parse(read(template));
            for (Element element : doc.getAllElements()) {
                boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
                        || element.hasAttr("th:errors") || element.hasAttr("th:replace");
                for (TextNode text : element.textNodes()) {
                    if (!replaced && !NOT_LANGUAGE.matcher(text.text()).matches()) {
                        literals.add(template.getFilename() + ": " + text.text().strip());
                    }
                }
                for (String attribute : List.of("placeholder", "title", "alt", "aria-label")) {
                    if (element.hasAttr(attribute)) {
                        literals.add(template.getFilename() + ": " + attribute + "=" + element.attr(attribute));
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    /**
     * A field bound with th:field is never an HTML number (or range) input: for those Thymeleaf shows the form's own
     * value, not the text that was refused, so a meeting's "1.5" minutes came back as 120 beside its message. Whole
     * numbers use the wholeNumberField fragment, others numberField: text inputs with an inputmode.
     */
    @Test
    void noBoundFieldIsAnHtmlNumberInput() {
        List<String> numberInputs = new ArrayList<>();
        for (Resource template : templates()) {
            Document doc = Jsoup.parse(read(template));
            for (Element input : doc.select("input[th:field]")) {
                String type = input.hasAttr("th:type") ? input.attr("th:type") : input.attr("type");
                if (type.contains("number") || type.contains("range")) {
                    numberInputs.add(template.getFilename() + ": " + input.attr("th:field"));
                }
            }
            // A fragment whose type is a parameter: no caller may pass 'number'.
            for (Element caller : doc.select("[th:replace*=inputField]")) {
                if (caller.attr("th:replace").matches(".*'(number|range)'.*")) {
                    numberInputs.add(template.getFilename() + ": " + caller.attr("th:replace"));
                }
            }
        }
        assertThat(numberInputs).isEmpty();
    }

    @Test
    void everyMessageCodeTheCodeUsesExists() {
        Pattern code = Pattern.compile("(?:rejectValue\\(\"[^\"]+\", |reject\\(|Flash\\.(?:success|warning)\\()\"([a-zA-Z.]+)\"");
        Set<String> missing = new TreeSet<>();
        Set<String> found = new TreeSet<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = code.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    if (m.group(1).endsWith(".")) {
                        continue; // a prefix completed by an enum value: the enums' own test covers those
                    }
                    found.add(m.group(1));
                    if (!dutch.containsKey(m.group(1)) || !english.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(found).as("codes found in the code").hasSizeGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyTaskPhaseExitAndTimelineEntryHasANameInBothLanguages() {
        List<String> keys = new ArrayList<>();
        Stream.of(UserTask.values()).forEach(t -> keys.add("task." + t.key() + ".name"));
        Stream.of(Phase.values()).forEach(p -> keys.add("phase." + p));
        Stream.of(ExitType.values()).forEach(e -> keys.add("exit." + e));
        Stream.of(TimelineKind.values()).forEach(k -> keys.add("timeline." + k));
        Stream.of(ConversationKind.values()).forEach(k -> keys.add("conversation.kind." + k));
        Stream.of(Decision.values()).forEach(d -> keys.add("decision." + d));
        Stream.of(TimeLimit.values()).forEach(l -> keys.add("limit." + l));
        Stream.of(Competency.values()).forEach(c -> keys.add("competency." + c));
        Stream.of(Competency.values()).forEach(c -> keys.add("competency.field." + c.field()));
        Stream.of(DeliverableKind.values()).forEach(k -> keys.add("deliverable.kind." + k));
        Stream.of(DeliverableStatus.values()).forEach(k -> keys.add("deliverable.status." + k));
        Stream.of(ProspectingKind.values()).forEach(k -> keys.add("prospecting.kind." + k));
        Stream.of(Presence.values()).forEach(p -> keys.add("presence." + p));
        Stream.of(Situation.values()).forEach(p -> keys.add("situation." + p));
        Stream.of(Unit.values()).forEach(u -> keys.add("unit." + u));
        Stream.of(ModelProblem.Code.values()).forEach(c -> keys.add("model.problem." + c));
        Stream.of(AuditKind.values()).forEach(k -> keys.add("audit.kind." + k));
        Stream.of(be.actraject.bpmn.watch.StuckKind.values()).forEach(k -> keys.add("stuck.kind." + k));
        Stream.of(be.actraject.bpmn.watch.StuckKind.values()).forEach(k -> keys.add("stuck.why." + k));
        Stream.of(be.actraject.bpmn.watch.RepairRefusedException.Reason.values())
                .forEach(r -> keys.add("stuck.refused." + r));
        Stream.of(Parameter.values()).forEach(p -> keys.add("parameter." + p.key()));
        Stream.of(Parameter.Effect.values()).forEach(e -> keys.add("parameter.effect." + e));
        Stream.of(Parameter.Effect.values()).forEach(e -> keys.add("parameter.changed." + e));
        Stream.of(Parameter.Type.values()).forEach(t -> keys.add("parameter.type." + t));
        Stream.of(ParameterRefusedException.Reason.values()).forEach(r -> keys.add("parameter.refused." + r));
        Stream.of(ParameterRefusedException.Reason.values()).forEach(r -> keys.add("approvalRule.refused." + r));
        Stream.of(be.actraject.bpmn.models.RuleTableRefusedException.Problem.values())
                .forEach(p -> keys.add("ruleTable.refused." + p));
        Stream.of("issuedCount", "amount", be.actraject.bpmn.training.TrainingApprovalRule.PAYER,
                be.actraject.bpmn.training.TrainingApprovalRule.COST, be.actraject.bpmn.training.TrainingApprovalRule.PHASE)
                .forEach(c -> keys.add("ruleTable.column." + c));
        Stream.of(QuoteStatus.values()).forEach(q -> keys.add("quote.status." + q));
        Stream.of(InvoiceKind.values()).forEach(k -> keys.add("invoice.kind." + k));
        Stream.of(InvalidInvoiceException.Reason.values()).forEach(r -> keys.add("einvoice.invalid." + r));
        Stream.of(CreditNoteRefusedException.Reason.values()).forEach(r -> keys.add("creditNote.refused." + r));
        Stream.of(InvalidCostException.Reason.values()).forEach(r -> keys.add("cost.refused." + r));
        Stream.of(InvoiceStatus.values()).forEach(v -> keys.add("invoice.status." + v));
        Stream.of(ActionOwner.values()).forEach(v -> keys.add("actionPoint.owner." + v));
        Stream.of(ActionPointStatus.values()).forEach(v -> keys.add("actionPoint.status." + v));
        Stream.of(DocumentKind.values()).forEach(v -> keys.add("document.kind." + v));
        Stream.of(DocumentRejectedException.Reason.values()).forEach(v -> keys.add("document.refused." + v));
        Stream.of(HandOverRefusedException.Reason.values())
                .forEach(v -> keys.add("worklist.handOver.refused." + v));
        Stream.of(WorklistScope.values()).forEach(v -> keys.add("worklist.scope." + v));
        Stream.of(WorklistScope.values()).forEach(v -> keys.add("worklist.empty." + v));
        Stream.of(WorklistSort.values()).forEach(v -> keys.add("worklist.sort." + v));
        Stream.of(Presence.values()).forEach(p -> keys.add("presence.short." + p));
        Stream.of(Phase.values()).forEach(p -> keys.add("worklist.stage." + p));
        Stream.of(WorkItem.AFTERCARE, WorkItem.SESSION, WorkItem.NONE).forEach(s -> keys.add("worklist.stage." + s));
        Stream.of("reference", "previous", "latest").forEach(s -> keys.add("chart.series." + s));
        Stream.of(CustomerKind.values()).forEach(k -> keys.add("customer.kind." + k));
        Stream.of(PaymentRefusedException.Reason.values()).forEach(r -> keys.add("payment.refused." + r));
        Stream.of(InvalidCustomerException.Reason.values()).forEach(r -> keys.add("customer.refused." + r));
        Stream.of(UserTask.values()).filter(t -> !t.decisions().isEmpty() && t.timeLimit().isEmpty()
                        && t != UserTask.EXPLORATION_REVIEW && t != UserTask.INVOICE_APPROVAL_COACH
                        && t != UserTask.INVOICE_APPROVAL_COORDINATOR)
                .forEach(t -> keys.add("task." + t.key() + ".intro"));
        Stream.of(be.actraject.domain.figures.Figure.values()).forEach(f -> keys.add(f.nameKey()));
        Stream.of(be.actraject.domain.figures.Figure.values()).forEach(f -> keys.add(f.helpKey()));
        keys.add(new be.actraject.domain.figures.PeriodEndsBeforeStartException(null, null).messageKey());
        keys.add(new be.actraject.domain.figures.PeriodInTheFutureException(null, null).messageKey());

        assertThat(dutch.stringPropertyNames()).containsAll(keys);
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    private static List<Resource> templates() {
        try {
            return List.of(new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
