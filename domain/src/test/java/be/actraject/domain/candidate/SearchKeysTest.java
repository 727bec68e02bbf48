package be.actraject.domain.candidate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The folded names, and the room the columns give them (V48). */
class SearchKeysTest {

    @Test
    void aNameIsFoldedWithoutAccentsCaseOrPunctuationAndItsApostrophesJoin() {
        assertThat(SearchKeys.name("Çağrı De Smet-Åberg")).isEqualTo("cagri de smet aberg");
        assertThat(SearchKeys.name("D'Hondt")).isEqualTo("dhondt");
        assertThat(SearchKeys.name("D\u2019Hondt")).isEqualTo("dhondt");
        assertThat(SearchKeys.name("D\u02BCHondt")).isEqualTo("dhondt");
        assertThat(SearchKeys.name("\u00A0Strauß\u00A0")).isEqualTo("strauss");
    }

    @Test
    void aNameInAnotherScriptKeepsItsLettersWithoutAccentsOrCase() {
        assertThat(SearchKeys.name("Δημήτρης Παπαδόπουλος")).isEqualTo("δημητρησ παπαδοπουλοσ");
        assertThat(SearchKeys.name("ΠΑΠΑΔΟΠΟΥΛΟΣ")).isEqualTo("παπαδοπουλοσ");
        assertThat(SearchKeys.name("Олена Шевченко")).isEqualTo("олена шевченко");
        assertThat(SearchKeys.name("Ελληνική Ταβέρνα")).isEqualTo("ελληνικη ταβερνα");
    }

    @Test
    void theSearchNameHoldsANameWithAnApostropheAlsoWithTheWordAfterItAndTheNamesJoined() {
        assertThat(SearchKeys.searchName("민준", "김")).isEqualTo("민준 김 민준 김민준");
        assertThat(SearchKeys.searchName("Ann", "De Smet")).isEqualTo("ann de smet ann desmetann");
        assertThat(SearchKeys.searchName("Jan", "D'Hondt")).isEqualTo("jan dhondt jan jan d hondt jan dhondtjan");
        assertThat(SearchKeys.searchName("N'Golo", "O’Neill"))
                .isEqualTo("ngolo oneill ngolo n golo o neill n golo oneillngolo");
        assertThat(SearchKeys.searchWords("L'Atelier")).isEqualTo("latelier l atelier");
        assertThat(SearchKeys.searchWords("Bakkerij Peeters")).isEqualTo("bakkerij peeters");
    }

    @Test
    void theLongestNamesFitTheirColumns() {
        // 100 characters each (the form's limit), each folding to two, and an apostrophe in each.
        String longest = "'" + "ß".repeat(99);

        assertThat(SearchKeys.sortName(longest, longest)).hasSizeLessThanOrEqualTo(SearchKeys.SORT_NAME_LENGTH);
        assertThat(SearchKeys.searchName(longest, longest)).hasSizeLessThanOrEqualTo(SearchKeys.SEARCH_NAME_LENGTH);
        String apart = "ß'".repeat(100);
        assertThat(SearchKeys.searchName(apart.substring(0, 100), apart.substring(0, 100)))
                .hasSizeLessThanOrEqualTo(SearchKeys.SEARCH_NAME_LENGTH);
        assertThat(SearchKeys.searchWords(apart)).hasSizeLessThanOrEqualTo(
                SearchNamesMigration.CUSTOMER_SEARCH_NAME_LENGTH);
    }
}
