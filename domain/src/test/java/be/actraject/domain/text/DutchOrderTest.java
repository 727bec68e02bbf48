package be.actraject.domain.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class DutchOrderTest {

    @Test
    void numbersInANameGoByTheirValueAndLettersByDutchOrderWhateverTheirCaseOrAccents() {
        List<String> names = Arrays.asList("Leergroep extra 10", "Zorg", "Ébénisterie", "Leergroep extra 2",
                "aannemer", "Leergroep extra 1", null, "Çağrı's groep", "leergroep extra 02b");

        assertThat(names.stream().sorted(DutchOrder.by(Function.identity())).toList()).containsExactly(
                null, "aannemer", "Çağrı's groep", "Ébénisterie", "Leergroep extra 1", "Leergroep extra 2",
                "leergroep extra 02b", "Leergroep extra 10", "Zorg");
    }

    /** The shared comparator is frozen: many threads sort with it at once and each gets Dutch order. */
    @Test
    void theSharedOrderSortsAlikeOnManyThreadsAtOnce() {
        List<String> names = List.of("Zoë Aerts", "Émile Dubois", "anna Peeters", "Çağrı Yılmaz", "Bart Claes",
                "Ørjan Lie", "Ana 10", "Ana 9");
        List<String> expected = List.of("Ana 9", "Ana 10", "anna Peeters", "Bart Claes", "Çağrı Yılmaz",
                "Émile Dubois", "Ørjan Lie", "Zoë Aerts");

        List<List<String>> sorted = java.util.stream.IntStream.range(0, 2_000).parallel()
                .mapToObj(n -> names.stream().sorted(DutchOrder.TEXT).toList()).toList();

        assertThat(sorted).allSatisfy(each -> assertThat(each).isEqualTo(expected));
    }
}
