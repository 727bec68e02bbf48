/**
 * The application's root: only {@link be.actraject.AcTrajectApplication}, the Spring Boot entry point. It sits above
 * every module's packages ({@code be.actraject.workflow}, {@code .domain}, {@code .bpmn}, {@code .web}) so that
 * component, entity and repository scanning finds them all; nothing else belongs here — a feature goes in its own
 * package in the module it belongs to.
 */
package be.actraject;
