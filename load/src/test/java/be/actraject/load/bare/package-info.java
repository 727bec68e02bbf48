/**
 * A bare Spring Boot + Camunda application, started as a process of its own by the load module's start-up
 * comparison ({@code be.actraject.load.MemoryAndStartupTest}); apart from the product's packages, so that nothing
 * of ours is scanned.
 */
package be.actraject.load.bare;
