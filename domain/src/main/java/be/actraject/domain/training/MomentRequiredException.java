package be.actraject.domain.training;

import be.actraject.domain.RefusedException;

/** An enrolment in a dated module without one of its moments (or with a moment of another module). */
public class MomentRequiredException extends RefusedException {

    public MomentRequiredException(String moduleTitle) {
        super("training.refused.moment", "No moment of " + moduleTitle + " chosen", moduleTitle);
    }
}
