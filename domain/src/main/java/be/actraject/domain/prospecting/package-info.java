/** The prospecting activities a coach logs with the candidate: contacts, fairs, quotes, price calculations... */
package be.actraject.domain.prospecting;
