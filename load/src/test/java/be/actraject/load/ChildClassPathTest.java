package be.actraject.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChildClassPathTest {

    @Test
    void findsOurModulesWhereverMavenPutsThem() {
        assertThat(ChildClassPath.module("/root/.m2/repository/be/actraject/web/0.1.0-SNAPSHOT/web-0.1.0-SNAPSHOT.jar"))
                .isEqualTo("web");
        assertThat(ChildClassPath.module("/work/repo/workflow-model/target/classes/")).isEqualTo("workflow-model");
        assertThat(ChildClassPath.module("/work/repo/demo/target/demo-0.1.0-SNAPSHOT-tests.jar")).isEqualTo("demo");
        assertThat(ChildClassPath.module("/work/repo/load/target/test-classes")).isEqualTo("load");
    }

    @Test
    void takesEverythingElseForAThirdPartyLibrary() {
        assertThat(ChildClassPath.module("/root/.m2/repository/org/camunda/bpm/camunda-engine/7.24.0/"
                + "camunda-engine-7.24.0.jar")).isNull();
        assertThat(ChildClassPath.module("/src/spring-web/target/classes")).isNull();
    }
}
