package be.actraject.bpmn.models;

/** Which user tasks have a screen: the web module answers, so that a model never asks for a task nobody can open. */
public interface TaskScreenCatalog {

    boolean hasScreen(String taskDefinitionKey);
}
