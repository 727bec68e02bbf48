package be.actraject.domain.agenda;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, String> {

    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}
