package be.actraject.web.system;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.trajectory.TrajectoryProgress;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * People as the templates and papers show them ({@code ${@names.of(task.assignee)}}): a colleague's display name
 * instead of the user id the engine and the domain keep, and the system's own steps as "het systeem" in the reader's
 * language. An id no account has any more (a removed colleague) stays as it was: better an id than nothing.
 */
@Component("names")
public class Names {

    private final Accounts accounts;
    private final MessageSource messages;

    Names(Accounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    /** @return the person's display name; empty for nobody */
    public String of(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        if (TrajectoryProgress.SYSTEM_ACTOR.equals(userId)) {
            return messages.getMessage("actor.system", null, LocaleContextHolder.getLocale());
        }
        return accounts.displayNames().getOrDefault(userId, userId);
    }
}
