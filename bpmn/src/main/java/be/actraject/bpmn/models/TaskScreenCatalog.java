package be.actraject.bpmn.models;

/**
 * Which user tasks have a screen: the web module answers, so that a model never asks for a task nobody can open. A
 * task has one by its id (the screens of the trajectory's own tasks) or by a generic form key ({@link #REVIEW}).
 */
public interface TaskScreenCatalog {

    /** The form key of the generic review screen: a coordinator's own review step, approve or send back. */
    String REVIEW = "actraject:review";

    boolean hasScreen(String taskDefinitionKey, String formKey);
}
