package be.actraject.bpmn.watch;

import org.springframework.test.context.TestPropertySource;

/** {@link StuckWatchContract} on the embedded H2, in a database of its own: its counts are exact. */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:stuck-watch;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true"})
class StuckWatchOnH2Test extends StuckWatchContract {
}
