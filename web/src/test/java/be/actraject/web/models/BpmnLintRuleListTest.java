package be.actraject.web.models;

import be.actraject.bpmn.lint.BpmnLint;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's rules are bpmnlint's recommended configuration, rule for rule, as the pinned package states it. Here
 * in the web module because its build installs the frontend's npm packages (npm ci) before its tests run; the bpmn
 * module builds first and has no such packages.
 */
class BpmnLintRuleListTest {

    @Test
    void theRuleListIsBpmnlintsRecommendedConfiguration() throws IOException {
        Path recommended = Path.of("src/main/frontend/node_modules/bpmnlint/config/recommended.js");
        assertThat(recommended).as("installed by the build's npm ci").exists();
        String config = Files.readString(recommended);

        for (String rule : BpmnLint.ruleNames()) {
            assertThat(config).contains("'" + rule + "'");
        }
        assertThat(config.lines().filter(l -> l.matches("\\s*'[a-z-]+': '(error|warn)',?"))).hasSize(
                BpmnLint.ruleNames().size());
    }
}
