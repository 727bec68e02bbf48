/** Documents in the candidate dossier: upload with type and size checks, and download. */
package be.actraject.web.document;
