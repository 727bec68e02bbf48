package be.actraject.domain.candidate;

/**
 * One field of a candidate's personal data that a correction changed.
 *
 * @param field the field's name as in {@link CandidateDetails} ({@code phone}, {@code jobSeekerNumber}, …)
 * @param from  the value before, null when it was empty; a date as ISO-8601
 * @param to    the value after, null when it is now empty; a date as ISO-8601
 */
public record FieldChange(String field, String from, String to) {
}
