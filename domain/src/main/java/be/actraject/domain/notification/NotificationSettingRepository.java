package be.actraject.domain.notification;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface NotificationSettingRepository extends JpaRepository<NotificationSetting, Long> {

    List<NotificationSetting> findByUserId(String userId);

    Optional<NotificationSetting> findByUserIdAndKind(String userId, NotificationKind kind);
}
