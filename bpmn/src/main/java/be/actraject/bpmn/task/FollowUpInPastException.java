package be.actraject.bpmn.task;

import java.time.LocalDate;

/** A follow-up date before today. */
public class FollowUpInPastException extends RuntimeException {

    public FollowUpInPastException(LocalDate day) {
        super("Follow-up date " + day + " lies in the past");
    }
}
