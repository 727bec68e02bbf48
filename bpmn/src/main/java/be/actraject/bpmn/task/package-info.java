/**
 * User tasks as people work on them: the worklist, claiming and handing back, and completing a task together with
 * the domain data its form records, in one transaction. The web module sees tasks only through these services and
 * their records, never the engine's own types.
 */
package be.actraject.bpmn.task;
