/**
 * The lint rules of {@code bpmnlint:recommended} (bpmnlint 11.15.0, pinned in web/src/main/frontend/package-lock.json)
 * in Java, so that the server applies on deploy the rules the process room's modeler shows while drawing and the
 * build applies to the shipped models — Node.js is not there in production. {@link be.actraject.bpmn.lint.BpmnLint}
 * runs them; a test compares its findings with bpmnlint's own on the shipped models and one bad fixture per rule.
 */
package be.actraject.bpmn.lint;
