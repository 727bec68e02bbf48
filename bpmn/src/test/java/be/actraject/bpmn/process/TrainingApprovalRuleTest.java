package be.actraject.bpmn.process;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision table training-approval-rule, row by row and at its edges. */
class TrainingApprovalRuleTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision RULE = load();

    private static DmnDecision load() {
        try (InputStream in = TrainingApprovalRuleTest.class.getResourceAsStream("/bpmn/training-approval-rule.dmn")) {
            return DMN.parseDecision("training-approval-rule", in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} pays {1} EUR in {2}: coordinator {3}")
    @CsvSource({
            "COOPERATIVE, 20, EXPLORATION, true",
            "CANDIDATE, 20, PROSPECTING, true",
            "VDAB, 500, EXPLORATION, false",
            "VDAB, 500.01, EXPLORATION, true",
            "THIRD_PARTY, 120, PROSPECTING, false",
            "THIRD_PARTY, 2000, PROSPECTING, true"})
    void theCoordinatorAgreesToOwnMoneyAndToCostlyModules(String payer, double cost, String phase,
                                                          boolean coordinator) {
        Object result = DMN.evaluateDecisionTable(RULE, Map.of("payer", payer, "cost", cost, "phase", phase))
                .getSingleResult().getSingleEntry();

        assertThat(result).isEqualTo(coordinator);
    }
}
