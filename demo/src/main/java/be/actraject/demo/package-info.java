/**
 * The demo, a module of its own that nothing depends on and that the production jar (web's) leaves out: accounts
 * and candidates at every point of the trajectory, and stuck trajectories for the administrators' watch, made through
 * the services people use on an empty database ({@link be.actraject.demo.DemoData}); and
 * {@link be.actraject.demo.DemoApplication}, the application run with them.
 * <p>
 * Not production code, and the one place outside the {@code bpmn} module allowed to call the engine directly:
 * {@link be.actraject.demo.StuckExamples} breaks processes on purpose (retries exhausted, a process deleted, the
 * engine's clock moved back, a timeline back-dated) — states no production service may be able to make — and
 * {@link be.actraject.demo.BackDating} moves the former candidates' exits and follow-ups
 * ({@link be.actraject.demo.PastExits}) to the past days their story tells.
 */
package be.actraject.demo;
