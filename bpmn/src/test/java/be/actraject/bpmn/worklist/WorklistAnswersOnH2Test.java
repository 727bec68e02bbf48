package be.actraject.bpmn.worklist;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link WorklistAnswersContract} on the embedded H2, in a database of its own: the module's shared test database
 * holds process instances other tests started with business keys of trajectories that do not exist, which a new
 * trajectory's id may later match (its counts would then include their tasks).
 */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:worklist-answers;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true"})
class WorklistAnswersOnH2Test extends WorklistAnswersContract {
}
