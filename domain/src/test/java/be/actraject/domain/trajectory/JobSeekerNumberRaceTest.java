package be.actraject.domain.trajectory;

import be.actraject.domain.access.DossierChange;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.candidate.CandidateRepository;
import be.actraject.domain.candidate.DuplicateJobSeekerNumberException;
import be.actraject.domain.candidate.FieldChange;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;

/**
 * Two people give two candidates the same job seeker number at the same moment: both checks find it free, and the
 * unique constraint stops the second write. That is the duplicate refusal the forms show beside the field, not a 500.
 * (The race itself needs two transactions; the constraint's answer is what the services must turn into the refusal.)
 */
class JobSeekerNumberRaceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Brussels"));
    private static final DataIntegrityViolationException TAKEN_MEANWHILE = new DataIntegrityViolationException(
            "duplicate key value violates unique constraint \"uq_candidate_job_seeker_number\"");

    private final CandidateRepository candidates = mock(CandidateRepository.class);
    private final CandidateDetails details = candidate("Lotte", "Claes", "ABC12345", CLOCK);

    @Test
    void aCorrectionWhoseNumberWasTakenMeanwhileIsTheDuplicateRefusal() {
        DossierChanges changes = mock(DossierChanges.class);
        Trajectory trajectory = mock(Trajectory.class);
        Candidate lotte = mock(Candidate.class);
        given(changes.currentOf(7L, DossierChange.PERSONAL_DATA, COORDINATOR)).willReturn(trajectory);
        given(trajectory.getCandidate()).willReturn(lotte);
        given(lotte.getVersion()).willReturn(3L);
        given(lotte.getJobSeekerNumber()).willReturn("OLD12345");
        given(lotte.correct(any())).willReturn(List.of(new FieldChange("jobSeekerNumber", "OLD12345", "ABC12345")));
        given(candidates.existsByJobSeekerNumber(anyString())).willReturn(false);
        willThrow(TAKEN_MEANWHILE).given(candidates).flush();
        PersonalDataCorrections corrections = new PersonalDataCorrections(changes, candidates, mock(Timeline.class));

        assertThatThrownBy(() -> corrections.correct(7L, details, 3L, COORDINATOR))
                .isInstanceOf(DuplicateJobSeekerNumberException.class);
    }

    @Test
    void aRegistrationWhoseNumberWasTakenMeanwhileIsTheDuplicateRefusal() {
        given(candidates.existsByJobSeekerNumber(anyString())).willReturn(false);
        given(candidates.saveAndFlush(any())).willThrow(TAKEN_MEANWHILE);
        CandidateRegistration registration = new CandidateRegistration(candidates, mock(TrajectoryRepository.class),
                mock(Timeline.class), CLOCK);

        assertThatThrownBy(() -> registration.register(details, null, COORDINATOR))
                .isInstanceOf(DuplicateJobSeekerNumberException.class);
    }
}
