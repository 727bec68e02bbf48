package be.actraject.domain.find;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A page number as an address may carry it: its first row's offset always fits the database's row offset. */
class CandidateFilterTest {

    @Test
    void aHugePageIsTheLastWhoseFirstRowCanBeCounted() {
        CandidateFilter huge = new CandidateFilter(null, null, null, null, false, null, false, 99_999_999, 25);

        assertThat((long) huge.page() * huge.size()).isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThat(huge.page() * huge.size()).isNotNegative();
        assertThat(new CandidateFilter(null, null, null, null, false, null, false, -3, 500).page()).isZero();
        assertThat(new CandidateFilter(null, null, null, null, false, null, false, 7, 25).page()).isEqualTo(7);
    }
}
