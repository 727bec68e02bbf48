package be.actraject.domain.sector;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expert register is searched as people type a name: without its accents, in any case — as the candidate search
 * is; run on H2 and PostgreSQL by the subclasses, whose collations must not matter.
 */
@SpringBootTest
@Transactional
abstract class ExpertSearchContract {

    @Autowired
    Experts experts;

    private Expert expert(String name, String field) {
        return experts.register(new ExpertEntry(name, field, null, UUID.randomUUID() + "@example.be", null, null),
                COACH);
    }

    @Test
    void aNameIsFoundWithoutItsAccentsAndInAnyCase() {
        Expert cagri = expert("Çağrı Yılmaz", "Horeca");
        Expert jose = expert("José Álvarez", "Tegelwerken");
        Expert ozturk = expert("Mehmet Öztürk", "Transport");

        assertThat(experts.search("cagri", COACH)).extracting(Expert::getId).contains(cagri.getId())
                .doesNotContain(jose.getId(), ozturk.getId());
        assertThat(experts.search("jose", COACH)).extracting(Expert::getId).contains(jose.getId())
                .doesNotContain(cagri.getId(), ozturk.getId());
        assertThat(experts.search("OZTURK", COACH)).extracting(Expert::getId).contains(ozturk.getId())
                .doesNotContain(cagri.getId(), jose.getId());
        assertThat(experts.search("  yılmaz ", COACH)).extracting(Expert::getId).contains(cagri.getId());
    }

    @Test
    void theRegisterSortsByTheFoldedNameSoÇağrıComesWithTheCsNotAfterZoë() {
        Expert zoe = expert("Zoë Claes", "Bloemen");
        Expert cagri = expert("Çağrı Demir", "Horeca");
        Expert dirk = expert("Dirk Peeters", "Bouw");

        List<Long> all = experts.search(null, COACH).stream().map(Expert::getId)
                .filter(id -> List.of(zoe.getId(), cagri.getId(), dirk.getId()).contains(id)).toList();

        assertThat(all).containsExactly(cagri.getId(), dirk.getId(), zoe.getId());
    }

    @Test
    void aFieldIsFoundWithoutItsAccentsButASearchDoesNotRunFromNameIntoField() {
        Expert baker = expert("Søren Lund", "Pâtisserie");

        assertThat(experts.search("PATISSERIE", COACH)).extracting(Expert::getId).contains(baker.getId());
        assertThat(experts.search("soren", COACH)).extracting(Expert::getId).contains(baker.getId());
        assertThat(experts.search("lund patisserie", COACH)).extracting(Expert::getId)
                .doesNotContain(baker.getId());
    }

    @Test
    void aCorrectedNameIsFoundByItsNewSpelling() {
        Expert expert = expert("Jose Garcia", "Schrijnwerk");
        experts.update(expert.getId(), new ExpertEntry("José García", "Schrijnwerk", null, expert.getEmail(), null,
                null), COACH);

        assertThat(experts.search("garcia", COACH)).extracting(Expert::getName).contains("José García");
    }
}
