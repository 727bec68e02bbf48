/** How the embedded engine is set up beyond what the Spring Boot starter does by itself. */
package be.actraject.bpmn.engine;
