package be.actraject.domain.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One user's choice for one kind of notification; without a row the kind is on. */
@Entity
@Table(name = "notification_setting")
class NotificationSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String userId;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    private boolean enabled;

    protected NotificationSetting() {
    }

    NotificationSetting(String userId, NotificationKind kind, boolean enabled) {
        this.userId = userId;
        this.kind = kind;
        this.enabled = enabled;
    }

    NotificationKind getKind() {
        return kind;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
