package be.actraject.domain.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;

import java.util.Comparator;
import java.util.function.Function;

/**
 * The order in which people here read a list of names: Dutch (nl-BE) collation, so "aannemer" comes before
 * "Ébénisterie" and both before "Zorg", whatever their case or accents, and the numbers in a name by their value, so
 * "Leergroep 2" comes before "Leergroep 10" (ICU's numeric collation, UTS #10 with the CLDR {@code kn} option). The
 * lists are short and not paged, so they are sorted in Java rather than by the database: H2 and PostgreSQL (whose
 * databases here use the C collation) would each order by code point, and a collation named in the query would not
 * be the same on both.
 */
public final class DutchOrder {

    private static final ULocale NL_BE = new ULocale("nl_BE");

    /**
     * One collator for {@link #TEXT}, frozen: ICU's frozen collators may be shared between threads (ICU4J
     * {@code Collator#freeze}), where an unfrozen one may not.
     */
    private static final Collator SHARED = numeric().freeze();

    /** Texts in Dutch order with numbers by value, a null one first; safe to keep in a constant. */
    public static final Comparator<String> TEXT = Comparator.nullsFirst(SHARED::compare);

    private DutchOrder() {
    }

    /**
     * Compares by the given name, in Dutch order with numbers by value; equal names (a null one first) by nothing
     * else. A new collator each time, as a Collator is not thread-safe.
     */
    public static <T> Comparator<T> by(Function<T, String> name) {
        return Comparator.comparing(name, Comparator.nullsFirst(numeric()::compare));
    }

    private static RuleBasedCollator numeric() {
        RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(NL_BE);
        collator.setNumericCollation(true);
        return collator;
    }
}
