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
}
