/** Learning groups: the list, one group with its members and sessions, planning a session and its attendance. */
package be.actraject.web.group;
