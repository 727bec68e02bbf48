package be.actraject.domain.notification;

import be.actraject.domain.access.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which notifications each user gets. Every kind is on until its user turns it off. A user reads and changes only
 * their own choices: the user is always the actor, never a user id a form names.
 */
@Service
public class NotificationSettings {

    private final NotificationSettingRepository settings;

    public NotificationSettings(NotificationSettingRepository settings) {
        this.settings = settings;
    }

    /** Whether {@code userId} gets notifications of this kind: asked by whoever is about to queue one. */
    @Transactional(readOnly = true)
    public boolean wants(String userId, NotificationKind kind) {
        return settings.findByUserIdAndKind(userId, kind).map(NotificationSetting::isEnabled).orElse(true);
    }

    /** The kinds the actor gets. */
    @Transactional(readOnly = true)
    public Set<NotificationKind> enabledFor(Actor actor) {
        Set<NotificationKind> enabled = EnumSet.allOf(NotificationKind.class);
        settings.findByUserId(actor.userId()).stream().filter(s -> !s.isEnabled())
                .forEach(s -> enabled.remove(s.getKind()));
        return enabled;
    }

    /** The actor gets exactly the given kinds from now on, and none of the others. */
    @Transactional
    public void choose(Set<NotificationKind> enabled, Actor actor) {
        for (NotificationKind kind : NotificationKind.values()) {
            boolean on = enabled.contains(kind);
            settings.findByUserIdAndKind(actor.userId(), kind).ifPresentOrElse(s -> s.setEnabled(on),
                    () -> settings.save(new NotificationSetting(actor.userId(), kind, on)));
        }
    }
}
