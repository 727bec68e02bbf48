package be.actraject.bpmn.task;

import be.actraject.domain.RefusedException;
import java.time.LocalDate;

/** A follow-up date before today. */
public class FollowUpInPastException extends RefusedException {

    public FollowUpInPastException(LocalDate day) {
        super("worklist.followUp.past", "Follow-up date " + day + " lies in the past");
    }
}
