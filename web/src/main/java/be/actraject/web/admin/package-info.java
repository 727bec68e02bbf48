/**
 * The administrators' pages: the accounts and their roles; the watch over stuck trajectories with its repairs (one
 * address and one small form per repair, {@code StuckController}) and the drill-down into one trajectory on the engine
 * ({@code InspectionController}); the audit log; and the operator's way in at start-up, the first administrator (or a
 * forgotten password reset) from environment variables ({@code AdministratorBootstrap}).
 */
package be.actraject.web.admin;
