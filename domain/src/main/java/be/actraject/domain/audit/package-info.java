/**
 * The audit log of changes to how the cooperative works — deployments, migrations, parameters, repairs — and of the
 * changes someone tried and was refused.
 */
package be.actraject.domain.audit;
