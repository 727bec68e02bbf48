package be.actraject.domain.candidate;

/** A candidate with this job seeker registration number is already registered. */
public class DuplicateJobSeekerNumberException extends RuntimeException {

    private final String jobSeekerNumber;

    public DuplicateJobSeekerNumberException(String jobSeekerNumber) {
        super("A candidate with job seeker number " + jobSeekerNumber + " is already registered");
        this.jobSeekerNumber = jobSeekerNumber;
    }

    public String jobSeekerNumber() {
        return jobSeekerNumber;
    }
}
