package be.actraject.web.browser;

import be.actraject.testsupport.CiEnvironment;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Browser tests need Debian's chromium at {@value #CHROMIUM}; Playwright's own browser download does not work
 * here. Without it the tests are skipped on a developer's machine, but fail in CI ({@code CI=true}).
 */
class ChromiumCondition implements ExecutionCondition {

    static final String CHROMIUM = "/usr/bin/chromium";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(Path.of(CHROMIUM))) {
            return ConditionEvaluationResult.enabled("chromium is installed");
        }
        if (CiEnvironment.isCi()) {
            throw new IllegalStateException("CI=true but " + CHROMIUM + " is missing: the browser tests must run in CI");
        }
        return ConditionEvaluationResult.disabled(CHROMIUM + " is not installed (apt-get install chromium)");
    }
}
