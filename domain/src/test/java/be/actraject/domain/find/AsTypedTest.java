package be.actraject.domain.find;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A search box's text as far as it counts: its first 100 characters, never half a character. */
class AsTypedTest {

    @Test
    void aShortTextIsKeptAsTypedAndNoneIsEmpty() {
        assertThat(Finder.asTyped("Çağrı\u00A0Yılmaz")).isEqualTo("Çağrı\u00A0Yılmaz");
        assertThat(Finder.asTyped(null)).isEmpty();
    }

    @Test
    void aLongTextIsCutAtAHundredCharactersNotAtAHundredCodeUnits() {
        String words = "x y ".repeat(1700);
        assertThat(Finder.asTyped(words)).isEqualTo("x y ".repeat(25));

        // Outside the basic plane each character is two UTF-16 code units: cut by characters, never in two.
        String doubleStruck = "\uD835\uDD38".repeat(150);
        String cut = Finder.asTyped(doubleStruck);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(Finder.MAX_LENGTH);
        assertThat(cut).isEqualTo("\uD835\uDD38".repeat(100));
        assertThat(SearchText.of("Kandidaat ".repeat(50)).raw()).hasSizeLessThanOrEqualTo(Finder.MAX_LENGTH);
    }
}
