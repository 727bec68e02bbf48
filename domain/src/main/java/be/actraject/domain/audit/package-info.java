/** The audit log of changes to how the cooperative works: deployments, migrations, parameters. */
package be.actraject.domain.audit;
