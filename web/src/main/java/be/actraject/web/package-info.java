/**
 * The web application: security, the controllers and their forms, the Thymeleaf templates and the message
 * bundles. Controllers stay thin: they bind and validate forms, call the bpmn module's services (or the domain's
 * services, never a repository) and choose a view; every rule lives below them.
 *
 * <h2>Where a new feature's parts go</h2>
 * <ul>
 *   <li>{@code web/<feature>}: its controllers (package-private, one per screen or task form, mapped under the
 *       feature's path; a task screen under {@code /tasks/{taskId}/<task>} with {@code TaskScreen}) and their form
 *       objects (the text as typed, Bean Validation on it);</li>
 *   <li>{@code templates/<feature>/}: its pages, built from {@code templates/fragments} (layout, fields, the score
 *       grid);</li>
 *   <li>{@code i18n/<feature>.properties} and {@code i18n/<feature>_en.properties}: its text, Dutch first (a new file
 *       is added to {@code spring.messages.basename});</li>
 *   <li>a refusal the form can point at a field is caught and turned into that field's error; every other
 *       {@link be.actraject.domain.RefusedException} and every {@link be.actraject.domain.NotFoundException} is
 *       answered once, in {@code system.WebExceptionHandler};</li>
 *   <li>tests: a {@code @WebMvcTest} slice per controller in the same package ({@code web/src/test}); the end-to-end
 *       path through the whole application in the {@code demo} module's tests.</li>
 * </ul>
 */
package be.actraject.web;
