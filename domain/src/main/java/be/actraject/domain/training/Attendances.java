package be.actraject.domain.training;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import be.actraject.domain.document.DocumentKind;
import be.actraject.domain.document.DocumentSummary;
import be.actraject.domain.document.Documents;
import be.actraject.domain.document.FileType;
import be.actraject.domain.plan.PlanActions;
import be.actraject.domain.trajectory.CoachChanges;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What happens to an enrolment at and after its moment: attendance or absence, the certificate that completes an
 * attended module, and taking back an attendance or absence recorded by mistake. All of it is part of the coaching
 * record ({@link DossierChange#COACHING_RECORD}); an enrolment made from a POP action marks that action done when
 * the module is attended, and opens it again when that attendance is taken back. Every refusal comes before anything
 * is written.
 */
@Service
public class Attendances {

    /** A certificate is the provider's PDF or a scan of the paper one. */
    static final Set<FileType> CERTIFICATE_TYPES = EnumSet.of(FileType.PDF, FileType.PNG, FileType.JPEG);

    private final Enrolments enrolments;
    private final TrainingModules modules;
    private final EnrolmentRepository repository;
    private final DossierChanges changes;
    private final Documents documents;
    private final Timeline timeline;
    private final PlanActions planActions;
    private final AuditLog audit;
    private final Clock clock;

    public Attendances(Enrolments enrolments, TrainingModules modules, EnrolmentRepository repository,
                       DossierChanges changes, Documents documents, Timeline timeline, PlanActions planActions,
                       AuditLog audit, Clock clock) {
        this.enrolments = enrolments;
        this.modules = modules;
        this.repository = repository;
        this.changes = changes;
        this.documents = documents;
        this.timeline = timeline;
        this.planActions = planActions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws EnrolmentNotAgreedException for a module that costs money, not agreed yet
     * @throws AttendanceOfRefusedEnrolmentException for an enrolment the coordinator refused
     * @throws EnrolmentStepException      when attendance or absence is recorded already, or the module completed
     * @throws ModuleNotStartedException   for a moment that has not started yet
     */
    @Transactional
    public Enrolment recordAttendance(long enrolmentId, boolean attended, Actor actor) {
        Enrolment enrolment = enrolments.get(enrolmentId);
        changes.activeTrajectory(enrolment.getTrajectoryId(), DossierChange.COACHING_RECORD, actor);
        if (enrolment.getState() == EnrolmentState.AGREED) {
            // Only an agreed enrolment waits for its moment; any other (a request not agreed yet, a refusal, a
            // second click) has its own, more useful answer from the enrolment itself than "starts only on …".
            requireStarted(enrolment);
        }
        if (!attended) {
            // An absence gives its seat back: under the module's lock, as every change of the seats taken, so that
            // whoever counts them under it (an enrolment, an agreement, a change of the seats) counts what stands.
            modules.getForSeats(enrolment.getModule().getId());
        }
        enrolment.recordAttendance(attended, actor.userId(), clock.instant());
        timeline.record(enrolment.getTrajectoryId(), attended ? TimelineKind.TRAINING_ATTENDED
                : TimelineKind.TRAINING_ABSENT, actor.userId(), enrolment.getModule().getTitle());
        if (attended && enrolment.getPlanActionId() != null) {
            planActions.markDone(enrolment.getTrajectoryId(), enrolment.getPlanActionId(), LocalDate.now(clock),
                    actor.userId());
        }
        return enrolment;
    }

    /**
     * Takes back an attendance or absence recorded by mistake, with the reason the timeline shows beside it (as for
     * a coordinator's corrections, {@link be.actraject.domain.trajectory.CorrectionReasons}): the enrolment is
     * agreed again, so the right button can be pressed. An attendance that marked a POP action done opens that
     * action again. A completed module is not undone: its certificate is a document of the dossier.
     *
     * @return the enrolment, agreed again
     * @throws be.actraject.domain.trajectory.CorrectionRefusedException without a reason, or one too long
     * @throws EnrolmentStepException when nothing is recorded to take back, or the module is completed
     * @throws ModuleFullException    for an absence on a module on demand whose freed seat was taken meanwhile
     */
    @Transactional
    public Enrolment undoAttendance(long enrolmentId, String reason, Actor actor) {
        Enrolment enrolment = enrolments.get(enrolmentId);
        changes.activeTrajectory(enrolment.getTrajectoryId(), DossierChange.COACHING_RECORD, actor);
        String why = CoachChanges.requireReason(reason);
        LocalDate attendedOn = enrolment.getAttendanceAt() == null ? null
                : LocalDate.ofInstant(enrolment.getAttendanceAt(), clock.getZone());
        if (enrolment.getState() == EnrolmentState.ABSENT) {
            // Locked before the seats are counted, as for an enrolment: otherwise an enrolment (or this same undo)
            // running at once counts the same free seat, and both take it.
            requireSeatBack(modules.getForSeats(enrolment.getModule().getId()), enrolment);
        }
        EnrolmentState undone = enrolment.undoAttendance();
        long trajectoryId = enrolment.getTrajectoryId();
        timeline.record(trajectoryId, TimelineKind.TRAINING_ATTENDANCE_UNDONE, actor.userId(),
                enrolment.getModule().getTitle());
        // The trajectory as the subject, as for the coordinator's corrections: the audit page names it "Traject n".
        audit.record(AuditKind.TRAINING_ATTENDANCE_CORRECTED, actor.userId(), Long.toString(trajectoryId), why,
                Long.toString(trajectoryId));
        if (undone == EnrolmentState.ATTENDED && enrolment.getPlanActionId() != null && attendedOn != null) {
            planActions.reopen(trajectoryId, enrolment.getPlanActionId(), attendedOn, actor.userId());
        }
        return enrolment;
    }

    /**
     * Completes an attended module with its certificate, which becomes a document of the dossier.
     *
     * @throws CertificateTypeException when the file is not a PDF or an image
     * @throws ModuleNotStartedException for a moment that has not started yet
     * @throws be.actraject.domain.document.DocumentRejectedException when it is empty, too large or badly named
     */
    @Transactional
    public Enrolment complete(long enrolmentId, String fileName, byte[] content, Actor actor) {
        Enrolment enrolment = enrolments.get(enrolmentId);
        Trajectory trajectory = changes.activeTrajectory(enrolment.getTrajectoryId(), DossierChange.COACHING_RECORD,
                actor);
        enrolment.requireAttended();
        requireStarted(enrolment);
        boolean certificate = FileType.of(fileName, content).filter(CERTIFICATE_TYPES::contains).isPresent();
        if (content != null && content.length > 0 && !certificate) {
            throw new CertificateTypeException(fileName);
        }
        DocumentSummary saved = documents.attach(trajectory.getCandidate().getId(), DocumentKind.CERTIFICATE,
                fileName, content, actor);
        enrolment.complete(saved.id(), actor.userId(), clock.instant());
        timeline.record(enrolment.getTrajectoryId(), TimelineKind.TRAINING_COMPLETED, actor.userId(),
                enrolment.getModule().getTitle());
        return enrolment;
    }

    /**
     * An absence freed its seat; taking it back takes the seat again, which a module on demand may have given to
     * another candidate meanwhile, or a coordinator taken away. (A dated moment has started, so nobody enrolled in the
     * freed seat.) The module must be locked by the caller ({@link TrainingModules#getForSeats}).
     */
    private void requireSeatBack(TrainingModule module, Enrolment enrolment) {
        Long momentId = enrolment.getMoment() == null ? null : enrolment.getMoment().getId();
        List<Enrolment> taken = repository.findByModuleId(module.getId());
        if (module.getSeats() != null && Seats.left(module, taken, momentId) == 0) {
            throw new ModuleFullException(module.getTitle(), module.getSeats());
        }
    }

    /**
     * Nobody can have attended (or missed) a moment that has not started: a click on a future enrolment would close
     * it and mark its POP action done before the course. A module on demand has no date, so it is always allowed.
     */
    private void requireStarted(Enrolment enrolment) {
        TrainingMoment moment = enrolment.getMoment();
        if (moment != null && moment.startsAt(clock.getZone()).isAfter(clock.instant())) {
            throw new ModuleNotStartedException(enrolment.getModule().getTitle(), moment.getHeldOn(),
                    moment.getStartTime());
        }
    }
}
