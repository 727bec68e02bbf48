package be.actraject.domain.mail;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    @Query("select m.id from MailMessage m where m.state = be.actraject.domain.mail.MailState.QUEUED"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<Long> dueIds(Instant now, Pageable limit);

    /**
     * Takes a due message for one attempt by moving its next attempt past the lease: a second sender (another node,
     * or the next run while this one still sends) then finds it not due. One row updated means it is this sender's.
     */
    @Modifying
    @Query("update MailMessage m set m.nextAttemptAt = :leaseEnd where m.id = :id"
            + " and m.state = be.actraject.domain.mail.MailState.QUEUED and m.nextAttemptAt <= :now")
    int claim(long id, Instant now, Instant leaseEnd);

    @Query("select m from MailMessage m where (:state is null or m.state = :state)"
            + " and (:about is null or m.about = :about)"
            + " and (:recipient is null or lower(m.recipient) like :recipient escape '\\')"
            + " order by m.createdAt desc, m.id desc")
    Page<MailMessage> find(MailState state, MailAbout about, String recipient, Pageable page);

    Optional<MailMessage> findFirstByInvoiceIdAndAboutOrderByIdDesc(Long invoiceId, MailAbout about);

    long countByState(MailState state);
}
