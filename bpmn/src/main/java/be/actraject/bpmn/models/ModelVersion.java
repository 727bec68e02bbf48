package be.actraject.bpmn.models;

import java.time.Instant;

/**
 * One deployed version of a process or decision definition.
 *
 * @param deployedBy who deployed it from the process room; null for the versions the application deployed itself
 * @param running    the instances running on it (process definitions)
 * @param comment    the coordinator's reason for it
 * @param changes    what it changed against the version before, one element per line ({@code + … / − … / ~ …});
 *                   null for the versions the application deployed itself
 * @param incidents  the open incidents in them
 */
public record ModelVersion(String definitionId, String key, String name, int version, ModelValidator.Kind kind,
                           String resourceName, String deploymentId, Instant deployedAt, String deployedBy,
                           String comment, String changes, long running, long incidents) {

    /**
     * The resource's file name without the folders the application deployed it from ({@code trajectory.bpmn}): what a
     * page may show or send back, never a path on the server.
     */
    public String fileName() {
        return resourceName == null ? null
                : resourceName.substring(Math.max(resourceName.lastIndexOf('/'), resourceName.lastIndexOf('\\')) + 1);
    }
}
