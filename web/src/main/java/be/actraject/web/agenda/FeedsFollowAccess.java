package be.actraject.web.agenda;

import be.actraject.bpmn.identity.AccountAccessChanged;
import be.actraject.domain.agenda.CalendarFeeds;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A calendar feed is a way in without signing in, so it ends whenever the account's sessions end: when an
 * administrator changes its roles (someone who leaves has them all taken away) or sets a new password (an account
 * thought compromised). Runs inside the administrator's transaction, so the feed goes with the change or not at all;
 * the person issues a new address after signing in again.
 */
@Component
class FeedsFollowAccess {

    private final CalendarFeeds feeds;

    FeedsFollowAccess(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @EventListener
    void accessChanged(AccountAccessChanged event) {
        feeds.revokeOf(event.userId());
    }
}
