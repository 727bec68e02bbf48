/**
 * The coordinator's dashboard (issue 20): the figures of {@code domain.figures} for a period and filter, compared
 * with the period before, each number a link to the candidates behind it, and charts drawn here as SVG so they also
 * print. Coordinators and administrators see the whole cooperative; a coach reaches the dashboard and its drill-down
 * for their own caseload only, as {@code Figures} enforces (survival and the funder reports stay coordinators').
 * The funder exports live beside it in {@code reports.funder}.
 */
package be.actraject.web.reports;
