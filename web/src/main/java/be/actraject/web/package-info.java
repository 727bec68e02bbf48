/**
 * The web application: security, the controllers and their forms, the Thymeleaf templates and the message
 * bundles. Controllers stay thin: they bind and validate forms, call the bpmn module's services (or read the
 * domain) and choose a view; every rule lives below them.
 */
package be.actraject.web;
