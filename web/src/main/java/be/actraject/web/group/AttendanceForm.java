package be.actraject.web.group;

import be.actraject.domain.group.Presence;

import java.util.HashMap;
import java.util.Map;

/** Who was there, by trajectory id. */
public class AttendanceForm {

    private Map<Long, Presence> presence = new HashMap<>();

    public Map<Long, Presence> getPresence() {
        return presence;
    }

    public void setPresence(Map<Long, Presence> presence) {
        this.presence = presence;
    }
}
