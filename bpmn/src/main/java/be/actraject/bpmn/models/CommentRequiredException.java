package be.actraject.bpmn.models;

import be.actraject.domain.RefusedException;

/** A deployment needs a comment: what changed and why. */
public class CommentRequiredException extends RefusedException {

    public CommentRequiredException() {
        super("model.comment.required", "A deployment needs a comment");
    }
}
