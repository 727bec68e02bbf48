/**
 * The cooperative's world: candidates, their trajectories and what happens in them, with Spring Data JPA on tables
 * that Flyway creates ({@code resources/db/migration}, one new {@code V<n>__what.sql} per change, run unchanged on H2
 * and PostgreSQL). Nothing here knows the process engine or the web: the bpmn module calls these services from the
 * models, the web module calls them from its controllers.
 *
 * <h2>Where a new feature's parts go</h2>
 * One package per feature, named with the field's term (the glossary in the README), holding:
 * <ul>
 *   <li>its entities (public when the web shows them, with no public setters: state changes through methods that
 *       keep the rules);</li>
 *   <li>its repository, package-private: other packages and modules ask the feature's service (six repositories are
 *       still public because the demo's tests read stored rows through them);</li>
 *   <li>one public service ({@code Invoices}, {@code Assessments}, …), {@code @Transactional}, that checks who may
 *       read ({@link be.actraject.domain.trajectory.Caseload}) and change ({@code DossierChanges}) before it does;</li>
 *   <li>its exceptions: a {@link be.actraject.domain.NotFoundException} subtype for an id that does not exist, a
 *       {@link be.actraject.domain.RefusedException} subtype (with its message key) for a change the rules refuse;
 *       the web answers both without a mapping of its own.</li>
 * </ul>
 * Tests: a contract class run twice, {@code *OnH2Test} and {@code *OnPostgresTest}, in {@code domain/src/test}.
 */
package be.actraject.domain;
