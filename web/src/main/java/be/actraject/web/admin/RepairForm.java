package be.actraject.web.admin;

/**
 * What every repair on the watch is posted with: the reason the audit log keeps. The subject (task, job, instance,
 * trajectory) is in the repair's address. A refused repair shows its form again with what was typed.
 *
 * <p>The constraints' messages are the bundle keys of the sentences the watch shows above its lists (the same ones
 * the repairs' own refusals use, {@code stuck.refused.*}), so a form error reads like the service's refusal.
 */
interface RepairForm {

    /** Why, as typed; required, stripped by the repair. */
    String reason();

    /** The person typed to hand the task to; null for a repair without one. */
    default String userId() {
        return null;
    }

    /** The activity typed to move the token to; null for a repair without one. */
    default String toActivityId() {
        return null;
    }
}
