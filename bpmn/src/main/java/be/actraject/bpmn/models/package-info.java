/**
 * The coordinator's process room on the engine's side: the deployed models and their versions, their validation
 * before deployment, the deployment itself, and the migration of running instances; and the decision tables coordinators edit as
 * rows ({@link be.actraject.bpmn.models.RuleTables}), deployed through the same validation.
 */
package be.actraject.bpmn.models;
