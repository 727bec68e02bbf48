/**
 * Learning groups (leergroepen): the group a candidate joins in the exploration, its coach, its collective
 * sessions and who attended them.
 */
package be.actraject.domain.group;
