/**
 * The worklist ({@code /tasks}: scopes, filters, hand-over, follow-up, the self-employment signal through
 * {@code SelfEmploymentSignals}) and what every task screen shares: {@code TaskScreen} (show a held task, complete it,
 * refuse another's) and {@code TaskScreens}, the registry from a user task to its screen's address, which a new
 * {@code UserTask} joins (a test fails while one is missing). The screens themselves live in their feature's package
 * ({@code web.intake}, {@code web.decision}, {@code web.group}, {@code web.earnings}, …).
 */
package be.actraject.web.task;
