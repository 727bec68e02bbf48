package be.actraject.domain.training;

import be.actraject.domain.RefusedException;

/** A moment that ends before it starts. */
public class MomentTimesException extends RefusedException {

    public MomentTimesException() {
        super("training.refused.times", "A training moment ends after it starts");
    }
}
