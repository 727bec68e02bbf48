/** The generic screen of review steps that coordinators add to the models. */
package be.actraject.web.review;
