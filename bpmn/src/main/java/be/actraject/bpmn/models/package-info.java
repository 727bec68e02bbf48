/**
 * The coordinator's process room on the engine's side: the deployed models and their versions, their validation
 * before deployment, the deployment itself, and the migration of running instances.
 */
package be.actraject.bpmn.models;
