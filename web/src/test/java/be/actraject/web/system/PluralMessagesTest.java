package be.actraject.web.system;

import be.actraject.web.support.MessageBundles;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A count with a noun says one in the singular ("Pagina 1 van 1 (1 traject)", issue 16): every such message picks
 * its noun with a choice format, in both languages.
 */
class PluralMessagesTest {

    /** A choice sub-format, nested arguments included: what picks the noun. */
    private static final Pattern CHOICE = Pattern.compile("\\{\\d,choice,(?:[^{}]|\\{\\d\\})*}");
    private static final Pattern COUNTED_NOUN = Pattern.compile("\\{\\d} (?:trajecten|maanden|facturen|taken|"
            + "kandidaten|sessies|dagen|weken|trajectories|months|invoices|tasks|candidates|sessions|days|weeks)\\b");
    /** A month has at least 28 days and 672 hours: never one. */
    private static final Set<String> ALWAYS_MANY = Set.of("earnings.hoursAboveMonth");

    @Test
    void noMessageCountsANounWithoutChoosingItsSingular() {
        for (Properties bundle : List.of(MessageBundles.all(MessageBundles.DUTCH),
                MessageBundles.all(MessageBundles.ENGLISH))) {
            List<String> fixedPlural = bundle.stringPropertyNames().stream().filter(k -> !ALWAYS_MANY.contains(k))
                    .filter(k -> COUNTED_NOUN.matcher(CHOICE.matcher(bundle.getProperty(k)).replaceAll("")).find())
                    .sorted().toList();
            assertThat(fixedPlural).isEmpty();
        }
    }

    @Test
    void oneIsSingularAndMoreArePluralInDutch() {
        assertThat(format(MessageBundles.DUTCH, "candidates.pageOf", 1, 1, 1L)).isEqualTo("Pagina 1 van 1 (1 traject)");
        assertThat(format(MessageBundles.DUTCH, "candidates.pageOf", 1, 3, 52L))
                .isEqualTo("Pagina 1 van 3 (52 trajecten)");
        assertThat(format(MessageBundles.DUTCH, "decision.pendingInvoices", 1)).contains("nog 1 factuur wacht op");
        assertThat(format(MessageBundles.DUTCH, "limit.months", 1)).isEqualTo("1 maand");
        assertThat(format(MessageBundles.DUTCH, "limit.months", 3)).isEqualTo("3 maanden");
    }

    @Test
    void oneIsSingularAndMoreArePluralInEnglish() {
        assertThat(format(MessageBundles.ENGLISH, "candidates.pageOf", 1, 1, 1L))
                .isEqualTo("Page 1 of 1 (1 trajectory)");
        assertThat(format(MessageBundles.ENGLISH, "migration.confirm", 2, 4))
                .isEqualTo("Yes, move these 2 trajectories to version 4.");
    }

    private static String format(String language, String key, Object... arguments) {
        Locale locale = MessageBundles.DUTCH.equals(language) ? Locale.forLanguageTag("nl-BE") : Locale.ENGLISH;
        return new MessageFormat(MessageBundles.all(language).getProperty(key), locale).format(arguments);
    }
}
