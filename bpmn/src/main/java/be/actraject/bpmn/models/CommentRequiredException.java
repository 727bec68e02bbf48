package be.actraject.bpmn.models;

/** A deployment needs a comment: what changed and why. */
public class CommentRequiredException extends RuntimeException {

    public CommentRequiredException() {
        super("A deployment needs a comment");
    }
}
