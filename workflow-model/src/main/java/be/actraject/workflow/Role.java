package be.actraject.workflow;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the people who use the system. Each is also a group in the engine's identity store, with the
 * {@link #groupId()} that the models name as candidate group, so that a role and a task's audience are one thing.
 */
public enum Role {
    COACH("coach"),
    COORDINATOR("coordinator"),
    ADMINISTRATOR("administrator"),
    OFFICE("office");

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    public static Optional<Role> byGroupId(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
