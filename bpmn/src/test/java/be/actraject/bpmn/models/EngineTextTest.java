package be.actraject.bpmn.models;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the engine says reaches the coordinator without the server's class names and file paths. */
class EngineTextTest {

    static Stream<Arguments> engineTexts() {
        return Stream.of(
                Arguments.of("ENGINE-01009 Error while parsing process. Error parsing '${a b c': syntax error",
                        "ENGINE-01009 Error while parsing process. Error parsing '${a b c': syntax error"),
                Arguments.of("java.lang.NullPointerException: Cannot invoke "
                        + "\"org.camunda.bpm.engine.impl.pvm.PvmActivity.getId()\" because \"x\" is null",
                        "Cannot invoke \"…\" because \"x\" is null"),
                Arguments.of("Invalid destination 'End_Nowhere' of sequence flow 'Flow_Done' (line 104)",
                        "Invalid destination 'End_Nowhere' of sequence flow 'Flow_Done' (line 104)"),
                Arguments.of("Could not read /tmp/tomcat.8080.123/work/Tomcat/localhost/ROOT/upload_1.tmp (No such "
                        + "file or directory)", "Could not read … (No such file or directory)"),
                Arguments.of("DMN-02003 Unable to transform decisions: Caused by: "
                        + "org.camunda.bpm.model.xml.ModelParseException: bad",
                        "DMN-02003 Unable to transform decisions: bad"),
                Arguments.of("Cannot open C:\\Users\\server\\model.bpmn", "Cannot open …"),
                Arguments.of("namespace http://www.omg.org/spec/BPMN/20100524/MODEL is right",
                        "namespace http://www.omg.org/spec/BPMN/20100524/MODEL is right"));
    }

    @ParameterizedTest
    @MethodSource("engineTexts")
    void classNamesAndFilePathsAreTakenOut(String engine, String shown) {
        assertThat(EngineText.readable(engine)).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.lang.IllegalStateException",
            "at be.actraject.bpmn.models.ModelValidator.validate(ModelValidator.java:90)",
            "/var/lib/actraject/data/actraject.mv.db"})
    void nothingOfTheServerIsLeft(String engine) {
        assertThat(EngineText.readable(engine)).doesNotContain("java.", "be.actraject", "/var/", "ModelValidator");
    }

    @ParameterizedTest
    @ValueSource(ints = {EngineText.MAX_LENGTH, EngineText.MAX_LENGTH * 10})
    void aLongTextIsCutToItsLimit(int length) {
        assertThat(EngineText.readable("x".repeat(length))).hasSizeLessThanOrEqualTo(EngineText.MAX_LENGTH);
    }
}
