package be.actraject.bpmn.models;

/** How many instances wait at one element of a process definition, and how many incidents are open there. */
public record ElementCount(String activityId, int instances, int incidents) {
}
