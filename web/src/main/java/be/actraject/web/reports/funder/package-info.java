/**
 * The funder reports (issue 20): the period report as a PDF in the shared document layout (every figure of the
 * catalogue with its definition, and survival after the exit) and the participant list a funder asks for, as a
 * spreadsheet and as CSV. Coordinators and administrators only; every download is written to the audit log
 * ({@link be.actraject.domain.figures.FunderReports#recordExport}). A period that cannot be read goes back to the
 * dashboard ({@code /reports}) with its message, and no file.
 */
package be.actraject.web.reports.funder;
