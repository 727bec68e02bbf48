/** Review steps that coordinators add to the models, served by one generic screen. */
package be.actraject.bpmn.review;
