package be.actraject.bpmn.identity;

import be.actraject.workflow.Role;

import java.util.Set;

/** A person who may sign in, with the roles their groups give them. */
public record Account(String userId, String firstName, String lastName, Set<Role> roles) {

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? userId : name;
    }
}
