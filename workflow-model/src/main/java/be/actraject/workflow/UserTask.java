package be.actraject.workflow;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of user task the models create, by its task definition key (the id of the user task element).
 * The web module has one screen per constant and the message bundles one name per constant
 * ({@code task.<key>.name}); tests check both, and that every user task in the models is listed here.
 */
public enum UserTask {

    INDIVIDUAL_CONVERSATION("Task_IndividualConversation", Role.COACH),
    POP_CREATION("Task_PopCreation", Role.COACH);

    private final String key;
    private final Role candidateGroup;

    UserTask(String key, Role candidateGroup) {
        this.key = key;
        this.candidateGroup = candidateGroup;
    }

    /** The task definition key: the id of the user task element in the model. */
    public String key() {
        return key;
    }

    /** The role whose members may claim the task, unless the task is narrowed to one person. */
    public Role candidateGroup() {
        return candidateGroup;
    }

    public static Optional<UserTask> byKey(String taskDefinitionKey) {
        return Arrays.stream(values()).filter(t -> t.key.equals(taskDefinitionKey)).findFirst();
    }
}
