package be.actraject.web.system;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.trajectory.TrajectoryProgress;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Map;

/**
 * People as the templates and papers show them ({@code ${@names.of(task.assignee)}}): a colleague's display name
 * instead of the user id the engine and the domain keep, and the system's own steps as "het systeem" in the reader's
 * language. An id no account has any more (a removed colleague) stays as it was: better an id than nothing.
 */
@Component("names")
public class Names {

    private static final String CACHE = Names.class.getName() + ".displayNames";

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
        return displayNames().getOrDefault(userId, userId);
    }

    /** Read once a request: a page names many people, and each reading is a query on the identity store. */
    @SuppressWarnings("unchecked")
    private Map<String, String> displayNames() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return accounts.displayNames();
        }
        Map<String, String> names = (Map<String, String>) request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (names == null) {
            names = accounts.displayNames();
            request.setAttribute(CACHE, names, RequestAttributes.SCOPE_REQUEST);
        }
        return names;
    }
}
