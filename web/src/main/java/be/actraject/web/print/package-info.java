/**
 * The papers a coach prints from the dossier for the candidate: the personal development plan (POP) with lines for
 * both signatures, the report of one conversation with its action points, and a summary of the whole dossier. Each
 * is read under the caseload rule of the dossier itself and rendered in the shared document layout of
 * {@link be.actraject.web.pdf}.
 */
package be.actraject.web.print;
