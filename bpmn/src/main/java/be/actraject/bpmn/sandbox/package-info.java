/**
 * What a deployed model may reach, enforced inside the engine: models are data, not code. A coordinator may change
 * the cooperative's rules in the process room, not run code on the server. {@link be.actraject.bpmn.sandbox.ModelReach}
 * is the allow-list (the beans and methods the shipped models use, a few members of the execution and the task, the
 * engine's date functions); {@link be.actraject.bpmn.sandbox.ModelRules} refuses every element and attribute that
 * would run code we did not ship (scripts, Java classes, field injection, external resources, other expression
 * languages, a process that starts itself on a timer); {@link be.actraject.bpmn.sandbox.ModelSandboxPlugin} installs
 * both in the engine — an expression manager that resolves only the allow-list, no script engine, and a deployer that
 * refuses a model breaking the rules whatever path deploys it. The process room's validator reports the same
 * findings on their elements before anything is deployed.
 */
package be.actraject.bpmn.sandbox;
