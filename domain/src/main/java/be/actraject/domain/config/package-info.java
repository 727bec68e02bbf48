/** Spring configuration of the domain module: the beans that are not services or repositories. */
package be.actraject.domain.config;
