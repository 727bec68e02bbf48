/** The worklist and the dispatch from a task to its screen. The screens themselves live with their phase. */
package be.actraject.web.task;
