package be.actraject.domain.einvoice;

import be.actraject.domain.belgium.InvalidIdentifierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Peppol ids as pasted: cleaned like the other identifiers, the scheme in the EAS code list (PEPPOL-EN16931-CL008),
 * 0208 checked by mod 97 and the VAT schemes as VAT numbers of their country.
 */
class PeppolParticipantIdTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "9930:DE\u00a0123456789|9930:DE123456789", "9930:de123456789|9930:DE123456789",
            "0208:0403.170.701|0208:0403170701", "0208:\u00a00403 170 701 |0208:0403170701",
            "9925:be 0566.988.259|9925:BE0566988259", "9944:nl123456789b01|9944:NL123456789B01",
            "9957:FR 40 303 265 045|9957:FR40303265045", "0204:991-12345-67|0204:991-12345-67",
            "0088:5790000435975|0088:5790000435975", "9932:GB 123456789|9932:GB123456789"})
    void aPastedPeppolIdIsCleaned(String pasted, String expected) {
        assertThat(PeppolParticipantId.parse(pasted)).hasToString(expected);
    }

    @ParameterizedTest(name = "\"{0}\" refused")
    @ValueSource(strings = {"9999:xyz", "0208:0403170702", "0208:403170701X", "9930:FR40303265045",
            "9930:DE12345678", "9925:BE1000000022", "99300:DE123456789", "DE123456789", ":", "0208:", "1234:5"})
    void aPeppolIdOutsideTheCodeListOrItsCheckIsRefused(String pasted) {
        assertThatThrownBy(() -> PeppolParticipantId.parse(pasted))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.kind()).isEqualTo(InvalidIdentifierException.Kind.PEPPOL_ID));
    }

    @Test
    void aVatSchemeNamesItsCountry() {
        assertThat(PeppolParticipantId.parse("9930:DE123456789").vatPrefix()).contains("DE");
        assertThat(PeppolParticipantId.parse("0208:0403170701").vatPrefix()).isEmpty();
    }

    /** The constant is the list of the Peppol rules the tests validate with, neither more nor less. */
    @Test
    void theSchemesAreThoseOfThePeppolRulesShipped() throws IOException {
        String xslt;
        try (InputStream in = getClass().getResourceAsStream(
                "/external/schematron/openpeppol/2025.11/xslt/PEPPOL-EN16931-UBL.xslt")) {
            assertThat(in).as("phive-rules-peppol on the test classpath").isNotNull();
            xslt = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher list = Pattern.compile("0002 0007 0009[0-9 ]*").matcher(xslt);
        assertThat(list.find()).isTrue();
        Set<String> shipped = Arrays.stream(list.group().trim().split(" +")).collect(Collectors.toSet());
        assertThat(PeppolParticipantId.SCHEMES).containsExactlyInAnyOrderElementsOf(shipped);
        assertThat(shipped).containsAll(PeppolParticipantId.VAT_SCHEMES.keySet());
    }
}
