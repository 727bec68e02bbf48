package be.actraject.domain.training;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order in which people here read a list of names: Dutch (nl-BE) collation, so "aannemer" comes before
 * "Ébénisterie" and both before "Zorg", whatever their case or accents. The lists are short and not paged, so they are
 * sorted in Java rather than by the database: H2 and PostgreSQL (whose databases here use the C collation) would each
 * order by code point, and a collation named in the query would not be the same on both.
 */
final class DutchOrder {

    private static final Locale NL_BE = Locale.forLanguageTag("nl-BE");

    private DutchOrder() {
    }

    /** Compares by the given name, in Dutch order; a new collator each time, as a Collator is not thread-safe. */
    static <T> Comparator<T> by(Function<T, String> name) {
        Collator collator = Collator.getInstance(NL_BE);
        return Comparator.comparing(name, collator);
    }
}
