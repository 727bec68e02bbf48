package be.actraject.domain.assessment;

/** The scale on which competencies are scored, from {@code min} to {@code max} inclusive. */
public record Scale(int min, int max) {

    public Scale {
        if (min >= max) {
            throw new IllegalArgumentException("A scale needs its minimum below its maximum: " + min + ".." + max);
        }
    }

    public boolean contains(int score) {
        return score >= min && score <= max;
    }
}
