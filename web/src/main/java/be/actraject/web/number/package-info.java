/**
 * Numbers as people type them, for every form at once: a strict parser of the user's language (nl-BE
 * {@code 1.234,56}, English {@code 1,234.56}) on ICU4J, the formatter that binds it to every {@code BigDecimal} field
 * and shows it back, the message of a field's {@link be.actraject.domain.number.NumberKind} when the text is no number,
 * and the plausibility ceilings above which a form asks for confirmation.
 */
package be.actraject.web.number;
