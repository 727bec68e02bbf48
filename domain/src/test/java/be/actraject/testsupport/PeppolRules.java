package be.actraject.testsupport;

import be.actraject.domain.einvoice.EInvoice;

import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import org.w3c.dom.Document;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * The official Peppol BIS Billing 3.0 validation (XML schema, EN 16931 and Peppol schematrons) of the May 2026
 * release, as phive runs it.
 */
public final class PeppolRules {

    private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = registry();

    private PeppolRules() {
    }

    private static ValidationExecutorSetRegistry<IValidationSourceXML> registry() {
        ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
        PeppolValidation.initStandard(registry);
        return registry;
    }

    /** The errors the rules find in the document, each with its rule id; empty when it passes. */
    public static List<String> errorsIn(byte[] xml, EInvoice.Kind kind) {
        return validate(xml, kind).getAllErrors().stream()
                .map(e -> e.getErrorID() + " " + e.getErrorText(java.util.Locale.ENGLISH))
                .toList();
    }

    /**
     * The errors and the warnings (a rule with flag="warning": a "should") the rules find in the document, each with
     * its level and rule id; empty when it passes without a remark.
     */
    public static List<String> errorsAndWarningsIn(byte[] xml, EInvoice.Kind kind) {
        return validate(xml, kind).getAllFailures().stream()
                .map(e -> e.getErrorLevel() + " " + e.getErrorID() + " " + e.getErrorText(java.util.Locale.ENGLISH))
                .toList();
    }

    private static ValidationResultList validate(byte[] xml, EInvoice.Kind kind) {
        IValidationExecutorSet<IValidationSourceXML> rules = REGISTRY.getOfID(kind == EInvoice.Kind.INVOICE
                ? PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3
                : PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3);
        return new ValidationExecutionManager<>(IValidityDeterminator.createDefault(),
                rules.executors()).executeValidation(ValidationSourceXML.create("document.xml", parse(xml)));
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
