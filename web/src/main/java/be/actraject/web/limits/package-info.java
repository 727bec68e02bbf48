/** The screens at the time limits: the coach's warning and the coordinator's decision. */
package be.actraject.web.limits;
