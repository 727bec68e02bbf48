package be.actraject.domain.candidate;

import be.actraject.domain.RefusedException;

/**
 * Someone else corrected the candidate's data after the form was opened: saving would overwrite what they did
 * unseen, so nothing is saved and the form is shown again with the data as it is now.
 */
public class CandidateChangedException extends RefusedException {

    public CandidateChangedException(long candidateId) {
        super("candidate.correction.changedMeanwhile", "Candidate " + candidateId + " changed since the form was read");
    }
}
