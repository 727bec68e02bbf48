package be.actraject.bpmn.watch;

/**
 * One kind of stuck item and the SQL that finds only those: {@link StuckRows} counts them and reads one page of them,
 * oldest or most urgent first, each in one statement, so a look at the watch costs the same few statements however
 * many trajectories run. The SQL may use {@link WatchSql}'s parameters. There is one check per {@link StuckKind}.
 *
 * <p>{@link #columns()} selects, in this order: the trajectory id the item concerns (null for none), the process
 * instance id, the activity id, the task id, the task's name, its assignee, the job id, since when (a timestamp, or a
 * date: its start of day) and the detail; null for what the kind does not know.
 */
interface StuckCheck {

    StuckKind kind();

    /** The nine columns, see above. */
    String columns();

    /** From and where: the stuck items of this kind, and no others. */
    String from();

    /** An order of the columns {@link #from()} names that ends with something unique, for stable pages. */
    String orderBy();
}
