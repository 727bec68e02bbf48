/**
 * The cooperative's clock inside the engine: cron cycles, due dates written as text, durations and the history
 * cleanup window are read in {@code actraject.zone}, not in the zone the server's JVM happens to run in. The
 * engine itself evaluates all of them in the JVM's default zone; these replacements are installed by one plugin.
 */
package be.actraject.bpmn.clock;
