/** How names are read and ordered in the cooperative's languages: no feature of its own, used by those with lists. */
package be.actraject.domain.text;
