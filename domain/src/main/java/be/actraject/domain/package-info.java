/**
 * The cooperative's world: candidates, their trajectories and what happens in them. Entities, repositories and
 * the services that change them, with Spring Data JPA on tables that Flyway creates. Nothing here knows the
 * process engine or the web: the bpmn module calls these services from the models, the web module reads them.
 */
package be.actraject.domain;
