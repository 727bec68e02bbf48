package be.actraject.web.exploration;

import jakarta.validation.constraints.Size;

/** An existing group, or the name and coach of a new one. */
public class PlacementForm {

    private Long groupId;
    @Size(max = 100)
    private String newGroupName;
    private String newGroupCoach;

    public boolean wantsNewGroup() {
        return groupId == null;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public String getNewGroupName() {
        return newGroupName;
    }

    public void setNewGroupName(String newGroupName) {
        this.newGroupName = newGroupName;
    }

    public String getNewGroupCoach() {
        return newGroupCoach;
    }

    public void setNewGroupCoach(String newGroupCoach) {
        this.newGroupCoach = newGroupCoach;
    }
}
