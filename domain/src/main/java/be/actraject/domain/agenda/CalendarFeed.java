package be.actraject.domain.agenda;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** A person's calendar-feed address, by the SHA-256 hash of its secret token (hex); one per person at most. */
@Entity
class CalendarFeed {

    @Id
    private String userId;
    private String tokenHash;
    private Instant issuedAt;

    protected CalendarFeed() {
    }

    CalendarFeed(String userId, String tokenHash, Instant issuedAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
    }

    void reissue(String tokenHash, Instant issuedAt) {
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
    }

    String getUserId() {
        return userId;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }
}
