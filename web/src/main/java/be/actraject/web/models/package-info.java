/**
 * The process room: the coordinators' and administrators' screens for the BPMN models — versions and diagrams with
 * what waits where, the modeler with validation and deployment, uploads and downloads, and migrating running
 * instances to a newer version — and the catalogue of the user tasks this web module has a screen for. The engine
 * work is in {@code be.actraject.bpmn.models}; this package shows it and answers in the reader's language.
 */
package be.actraject.web.models;
