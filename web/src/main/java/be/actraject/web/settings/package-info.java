/**
 * The coordinators' settings screens: the parameters the models and services read (each change with a reason, kept
 * with the typed value when refused) and the invoice-approval rule as a table of rows. The parameters and their rules
 * live in {@code be.actraject.bpmn.parameters}, the approval rule in {@code be.actraject.bpmn.models.ApprovalRule};
 * this package only shows and posts them.
 */
package be.actraject.web.settings;
