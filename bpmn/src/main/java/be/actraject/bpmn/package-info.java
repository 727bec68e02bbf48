/**
 * The connection between the process engine and the domain: the models (under {@code resources/bpmn}), the beans
 * they call by name, and the services through which the web module starts processes and works on tasks. All calls
 * to the Camunda API live here, so that a later move to a compatible engine stays inside this module.
 *
 * <h2>Where a new feature's parts go</h2>
 * <ul>
 *   <li>a model: {@code resources/bpmn/<process>.bpmn}, with meaningful element ids; its process key, the ids the
 *       code relies on and its user tasks (with their candidate group) in {@code workflow-model};</li>
 *   <li>the beans it calls by name, and the tasks service the web calls to complete its user tasks
 *       ({@code IntakeTasks}, {@code InvoicingTasks}, …): one package per phase or feature, each state change one
 *       transaction across engine and domain tables; a bean a model may reach is added to the allow-list
 *       ({@code sandbox});</li>
 *   <li>a rule that needs both the engine and the domain (the self-employment signal, the deadlines) as one named
 *       class in its feature's package;</li>
 *   <li>tests: one per path through the model on the in-memory engine ({@code bpmn/src/test/.../process}), the
 *       services on H2 and PostgreSQL ({@code .../flow}).</li>
 * </ul>
 */
package be.actraject.bpmn;
