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
    /** A count, perhaps a word that describes it ("verkeerde", "open"), then a noun in the plural. */
    private static final Pattern COUNTED_NOUN = Pattern.compile("\\{\\d} (?:[\\p{L}-]+ )?(?:trajecten|maanden|"
            + "facturen|taken|kandidaten|sessies|dagen|weken|tekens|wachtwoorden|timers|plaatsen|doelstellingen|"
            + "instanties|incidenten|lijnen|fouten|waarschuwingen|seconden|minuten|uren|trajectories|months|invoices|"
            + "tasks|candidates|sessions|days|weeks|characters|passwords|seats|objectives|instances|incidents|lines|"
            + "errors|warnings|seconds|minutes|hours)\\b");
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
        assertThat(format(MessageBundles.DUTCH, "audit.reason.LOCK_STATE", 1, "21/11/2026 10:00"))
                .isEqualTo("1 verkeerd wachtwoord; vergrendeld tot 21/11/2026 10:00.");
        assertThat(format(MessageBundles.DUTCH, "audit.reason.LOCK_STATE", 5, "21/11/2026 10:00"))
                .isEqualTo("5 verkeerde wachtwoorden; vergrendeld tot 21/11/2026 10:00.");
        assertThat(format(MessageBundles.DUTCH, "correction.coach.saved", "Karel", 1))
                .isEqualTo("Karel is nu de coach; 1 open taak ging mee.");
        assertThat(format(MessageBundles.DUTCH, "training.seats.left", 1)).isEqualTo("nog 1 plaats vrij");
        assertThat(format(MessageBundles.DUTCH, "Size", "topic", 1, 0)).isEqualTo("Gebruik hoogstens 1 teken.");
        assertThat(format(MessageBundles.DUTCH, "Size", "topic", 200, 0)).isEqualTo("Gebruik hoogstens 200 tekens.");
    }

    @Test
    void oneIsSingularAndMoreArePluralInEnglish() {
        assertThat(format(MessageBundles.ENGLISH, "candidates.pageOf", 1, 1, 1L))
                .isEqualTo("Page 1 of 1 (1 trajectory)");
        assertThat(format(MessageBundles.ENGLISH, "migration.confirm", 2, 4))
                .isEqualTo("Yes, move these 2 trajectories to version 4.");
        assertThat(format(MessageBundles.ENGLISH, "audit.reason.LOCK_STATE", 1, "11/21/2026"))
                .isEqualTo("1 wrong password; locked until 11/21/2026.");
        assertThat(format(MessageBundles.ENGLISH, "model.incidents", 1)).isEqualTo("1 incident");
        assertThat(format(MessageBundles.ENGLISH, "model.runningTotal", 2)).isEqualTo("2 running instances");
        assertThat(format(MessageBundles.ENGLISH, "sector.member.more", 20, 1501L))
                .startsWith("The first 20 of 1,501 candidates in prospecting.");
    }

    private static String format(String language, String key, Object... arguments) {
        Locale locale = MessageBundles.DUTCH.equals(language) ? Locale.forLanguageTag("nl-BE") : Locale.ENGLISH;
        return new MessageFormat(MessageBundles.all(language).getProperty(key), locale).format(arguments);
    }
}
