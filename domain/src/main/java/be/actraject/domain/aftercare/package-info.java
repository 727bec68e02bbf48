/** Aftercare: the follow-up contacts with a former candidate after the exit, and their situation each time. */
package be.actraject.domain.aftercare;
