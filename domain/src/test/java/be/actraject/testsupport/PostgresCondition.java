package be.actraject.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link RequiresPostgres}. */
class PostgresCondition implements ExecutionCondition {

    private static volatile Boolean available;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (available == null) {
            available = PostgresTestDatabase.available();
        }
        if (available) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers");
        }
        if (CiEnvironment.isCi()) {
            throw new IllegalStateException("CI=true but PostgreSQL does not answer: the PostgreSQL tests must run in CI");
        }
        return ConditionEvaluationResult.disabled("PostgreSQL does not answer on this machine");
    }
}
