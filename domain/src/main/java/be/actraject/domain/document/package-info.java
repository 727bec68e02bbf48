/** Documents attached to a candidate's dossier: what kinds of file are accepted, their size limit, storage. */
package be.actraject.domain.document;
