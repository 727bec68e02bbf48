/**
 * The coordinators' settings screens: the parameters the models and services read (each change with a reason, kept
 * with the typed value when refused) and the invoice- and training-approval rules as tables of rows. The parameters
 * and their rules live in {@code be.actraject.bpmn.parameters}, the approval rules in
 * {@code be.actraject.bpmn.models.ApprovalRule} and {@code be.actraject.bpmn.training.TrainingApprovalRule};
 * this package only shows and posts them.
 */
package be.actraject.web.settings;
