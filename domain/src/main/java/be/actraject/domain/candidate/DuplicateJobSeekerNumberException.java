package be.actraject.domain.candidate;

import be.actraject.domain.RefusedException;

/** A candidate with this job seeker registration number is already registered. */
public class DuplicateJobSeekerNumberException extends RefusedException {

    private final String jobSeekerNumber;

    public DuplicateJobSeekerNumberException(String jobSeekerNumber) {
        super("candidate.jobSeekerNumber.duplicate",
                "A candidate with job seeker number " + jobSeekerNumber + " is already registered");
        this.jobSeekerNumber = jobSeekerNumber;
    }

    public String jobSeekerNumber() {
        return jobSeekerNumber;
    }
}
