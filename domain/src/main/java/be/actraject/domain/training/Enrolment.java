package be.actraject.domain.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A candidate's enrolment in a module (at one of its moments, or on demand), with who took each step and when. The
 * steps are checked here; whether the candidate may enrol at all is {@link Enrolments}' to say.
 */
@Entity
@Table(name = "training_enrolment")
public class Enrolment {

    /**
     * Who decided when the approval rule agreed: not a login (logins have no '#'), so the dossier can say the rule
     * agreed instead of naming the coach whose request it was.
     */
    static final String BY_RULE = "#rule";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    @ManyToOne(optional = false)
    private TrainingModule module;
    @ManyToOne
    private TrainingMoment moment;
    @Enumerated(EnumType.STRING)
    private EnrolmentState state;
    private String requestedBy;
    private Instant requestedAt;
    private String decidedBy;
    private Instant decidedAt;
    /** Why a coordinator refused; null for an agreement. */
    private String decisionReason;
    private String attendanceBy;
    private Instant attendanceAt;
    private String completedBy;
    private Instant completedAt;
    private Long certificateId;
    /** The POP action the enrolment follows up, done when the module is attended; null for none. */
    private Long planActionId;
    @Version
    private long version;

    protected Enrolment() {
    }

    /** A request; a free module needs nobody's agreement, so its request is agreed by whoever made it. */
    Enrolment(long trajectoryId, TrainingModule module, TrainingMoment moment, Long planActionId, String by,
              Instant at) {
        this.trajectoryId = trajectoryId;
        this.planActionId = planActionId;
        this.module = module;
        this.moment = moment;
        this.requestedBy = by;
        this.requestedAt = at;
        this.state = EnrolmentState.REQUESTED;
        if (!module.costsMoney()) {
            decide(true, by, at);
        }
    }

    void decide(boolean agreed, String by, Instant at) {
        decide(agreed, null, by, at);
    }

    void decide(boolean agreed, String reason, String by, Instant at) {
        require(EnrolmentState.REQUESTED);
        this.state = agreed ? EnrolmentState.AGREED : EnrolmentState.REFUSED;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /**
     * Withdraws a requested or agreed enrolment when the trajectory ends; attended, absent and completed ones are
     * history and stay.
     *
     * @return whether it was withdrawn now
     */
    boolean withdraw() {
        if (state != EnrolmentState.REQUESTED && state != EnrolmentState.AGREED) {
            return false;
        }
        // Who decided stays as it was: an agreement given before the exit is still a fact of the record.
        this.state = EnrolmentState.WITHDRAWN;
        return true;
    }

    /**
     * Whether the enrolment still stands, so that a second one in the same module on demand (or the same moment) is
     * a duplicate: requested, agreed or attended. A refusal, a withdrawal and an absence ended it, so enrolling again
     * is a new request; a completed module is history, and taking it again (a refresher) is a new request too.
     */
    public boolean stillStands() {
        return state == EnrolmentState.REQUESTED || state == EnrolmentState.AGREED || state == EnrolmentState.ATTENDED;
    }

    /**
     * @throws EnrolmentNotAgreedException for a module that costs money and is not agreed yet
     * @throws AttendanceOfRefusedEnrolmentException for an enrolment the coordinator refused
     */
    void recordAttendance(boolean attended, String by, Instant at) {
        if (state == EnrolmentState.REQUESTED) {
            throw new EnrolmentNotAgreedException(module.getTitle());
        }
        if (state == EnrolmentState.REFUSED) {
            throw new AttendanceOfRefusedEnrolmentException(module.getTitle());
        }
        require(EnrolmentState.AGREED);
        this.state = attended ? EnrolmentState.ATTENDED : EnrolmentState.ABSENT;
        this.attendanceBy = by;
        this.attendanceAt = at;
    }

    /**
     * Takes back a recorded attendance or absence, a click on the wrong button: the enrolment is agreed again, as it
     * was before. An attendance followed by its certificate is no longer a click to undo.
     *
     * @return what was recorded
     * @throws EnrolmentStepException when neither an attendance nor an absence is recorded (completed included)
     */
    EnrolmentState undoAttendance() {
        EnrolmentState recorded = state;
        if (recorded != EnrolmentState.ATTENDED && recorded != EnrolmentState.ABSENT) {
            throw new EnrolmentStepException(state, EnrolmentState.ATTENDED);
        }
        this.state = EnrolmentState.AGREED;
        this.attendanceBy = null;
        this.attendanceAt = null;
        return recorded;
    }

    /** Whether the enrolment may be completed: only after attendance. */
    void requireAttended() {
        require(EnrolmentState.ATTENDED);
    }

    void complete(long certificateId, String by, Instant at) {
        requireAttended();
        this.state = EnrolmentState.COMPLETED;
        this.certificateId = certificateId;
        this.completedBy = by;
        this.completedAt = at;
    }

    private void require(EnrolmentState expected) {
        if (state != expected) {
            throw new EnrolmentStepException(state, expected);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public TrainingModule getModule() {
        return module;
    }

    /** The moment attended; null for a module on demand. */
    public TrainingMoment getMoment() {
        return moment;
    }

    public EnrolmentState getState() {
        return state;
    }

    /** Why the coordinator refused; null otherwise. */
    public String getDecisionReason() {
        return decisionReason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    /** Whether the approval rule, not a person, agreed to the enrolment. */
    public boolean isAgreedByRule() {
        return BY_RULE.equals(decidedBy);
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getAttendanceBy() {
        return attendanceBy;
    }

    public Instant getAttendanceAt() {
        return attendanceAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Long getPlanActionId() {
        return planActionId;
    }

    /** The certificate's document in the dossier; null until completed. */
    public Long getCertificateId() {
        return certificateId;
    }
}
