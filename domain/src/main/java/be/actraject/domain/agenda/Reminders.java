package be.actraject.domain.agenda;

import be.actraject.domain.conversation.IndividualConversation;
import be.actraject.domain.trajectory.Trajectory;

import java.util.List;

/**
 * Where the agenda's entries one per candidate come from, given the period's planned conversations: all of them
 * ({@link Agenda#between}), or the named days' only ({@link Agenda#overview}).
 */
interface Reminders {

    /** The running trajectories whose limit the entries name. */
    List<Trajectory> limits(List<PlannedConversation> planned);

    /** The reports whose next conversation the entries name. */
    List<IndividualConversation> nextConversations(List<PlannedConversation> planned);
}
