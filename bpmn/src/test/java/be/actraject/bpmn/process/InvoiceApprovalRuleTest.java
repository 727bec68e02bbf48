package be.actraject.bpmn.process;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision table invoice-approval-rule, row by row and at its edges. */
class InvoiceApprovalRuleTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision RULE = load();

    private static DmnDecision load() {
        try (InputStream in = InvoiceApprovalRuleTest.class.getResourceAsStream("/bpmn/invoice-approval-rule.dmn")) {
            return DMN.parseDecision("invoice-approval-rule", in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} issued before, {1} EUR: coordinator {2}")
    @CsvSource({
            "0, 100, true",
            "2, 100, true",
            "3, 100, false",
            "3, 2500, false",
            "3, 2500.01, true",
            "10, 9000, true",
            "1, 9000, true"})
    void theCoordinatorApprovesTheFirstThreeAndTheLargeInvoices(int issued, double amount, boolean coordinator) {
        Object result = DMN.evaluateDecisionTable(RULE, Map.of("issuedInvoiceCount", issued, "amount", amount))
                .getSingleResult().getSingleEntry();

        assertThat(result).isEqualTo(coordinator);
    }
}
