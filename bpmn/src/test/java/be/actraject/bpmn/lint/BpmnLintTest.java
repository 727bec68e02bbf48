package be.actraject.bpmn.lint;

import be.actraject.bpmn.sandbox.SecureXml;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java rules find what bpmnlint finds: on the shipped models (nothing) and on one bad fixture per rule, the same
 * rule, element, message and level. bpmnlint's findings are in bpmn/src/test/lint/bpmnlint-findings.json (the
 * fixtures live outside the class path, where the engine would deploy them), which the web module's build
 * regenerates with the pinned bpmnlint and .bpmnlintrc and compares (lint-models.mjs): this compares with bpmnlint.
 */
class BpmnLintTest {

    /** The repository root, from the module's directory where Maven runs the tests. */
    private static final Path ROOT = Path.of("..");
    private static final Path RECORDED = ROOT.resolve("bpmn/src/test/lint/bpmnlint-findings.json");

    @SuppressWarnings("unchecked")
    static Map<String, List<Map<String, String>>> recorded() throws IOException {
        return JsonPath.read(Files.readString(RECORDED), "$");
    }

    static Stream<String> files() throws IOException {
        return recorded().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void theJavaRulesFindWhatBpmnlintFinds(String file) throws Exception {
        List<String> expected = recorded().get(file).stream()
                .map(f -> line(f.get("rule"), f.get("id"), f.get("message"), f.get("category"))).sorted().toList();

        List<String> actual = BpmnLint.lint(SecureXml.parse(Files.readAllBytes(ROOT.resolve(file)))).stream()
                .map(f -> line(f.rule(), f.elementId(), f.message(),
                        f.severity() == LintFinding.Severity.ERROR ? "error" : "warn")).sorted().toList();

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void everyRuleOfTheConfigurationIsProvedOnAFixtureOfItsOwn() throws IOException {
        Map<String, List<Map<String, String>>> recorded = recorded();

        for (String rule : BpmnLint.ruleNames()) {
            String fixture = "bpmn/src/test/lint/" + rule + ".bpmn";
            assertThat(recorded).as(rule).containsKey(fixture);
            assertThat(recorded.get(fixture)).as(rule).extracting(f -> f.get("rule")).contains(rule);
        }
        assertThat(recorded.keySet()).filteredOn(f -> f.startsWith("bpmn/src/main/"))
                .hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy(shipped -> assertThat(recorded.get(shipped)).as(shipped).isEmpty());
    }

    private static String line(String rule, String id, String message, String category) {
        return String.join(" | ", rule, id, message, category.toLowerCase(Locale.ROOT));
    }
}
