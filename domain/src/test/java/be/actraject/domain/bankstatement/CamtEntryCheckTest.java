package be.actraject.domain.bankstatement;

import be.actraject.domain.bankstatement.StatementRefusedException.Reason;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.testsupport.CamtFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 18 (S3, S4): a file with a faulty entry is refused whole, naming the statement, the entry and the fault,
 * instead of an error page or an entry silently dropped or left without a date. The files are the tester's.
 */
class CamtEntryCheckTest {

    private final CamtReader reader = new CamtReader(cooperative());

    private static Cooperative cooperative() {
        Cooperative cooperative = new Cooperative();
        cooperative.setIban("BE68 5390 0754 7034");
        return cooperative;
    }

    static byte[] testerFile(String name) {
        try (InputStream in = CamtEntryCheckTest.class.getResourceAsStream("/bankstatement/issue18/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("No test file " + name, e);
        }
    }

    private StatementRefusedException refusal(byte[] file) {
        StatementRefusedException refused = catchThrowableOfType(StatementRefusedException.class,
                () -> reader.read(file));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "noamt.xml,    ENTRY_AMOUNT_MISSING,      S-NOAMT,  1 (N1),  ''",
            "comma.xml,    ENTRY_AMOUNT_INVALID,      STMT-T18-003, 1 (T18-Y), '12,50'",
            "negamt.xml,   ENTRY_AMOUNT_NOT_POSITIVE, S-NEG,    1 (N10), -5.00",
            "manydec.xml,  ENTRY_AMOUNT_CENTS,        S-DEC,    1 (N12), 5.005",
            "hugeamt.xml,  ENTRY_AMOUNT_TOO_LARGE,    S-HUGE,   1 (N11), 99999999999999999999.99",
            "noccy.xml,    ENTRY_CURRENCY,            S-NOCCY,  1 (N2),  ''",
            "noind.xml,    ENTRY_INDICATOR,           S-NOIND,  1 (N5),  ''",
            "baddate.xml,  ENTRY_DATE_INVALID,        S-BADDATE, 1 (N4), 2026-13-45",
    })
    void aFileWithAFaultyEntryIsRefusedNamingTheEntryAndTheFault(String file, Reason reason, String statement,
                                                                String entry, String value) {
        StatementRefusedException refused = refusal(testerFile(file));

        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(refused.messageArguments()).containsExactly(statement, entry, value);
    }

    @Test
    void aStatementThatNamesItsAccountOtherwiseThanByIbanIsRefusedAsSuch() {
        StatementRefusedException refused = refusal(testerFile("othrid.xml"));

        assertThat(refused.reason()).isEqualTo(Reason.NO_IBAN);
        assertThat(refused.messageArguments()).containsExactly("S-OTHR");
    }

    @Test
    void aBookedEntryWithOnlyAValueDateIsBookedOnIt() {
        StatementEntry entry = reader.read(testerFile("nodate.xml")).get(0).entries().get(0);

        assertThat(entry.bookedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void anEntryWithoutAStatusIsRefusedRatherThanReadPast() {
        String xml = CamtFiles.statement("S-STS").credit("R1", "5.00", LocalDate.of(2026, 12, 1), "090933755493")
                .xml().replace("<Sts>BOOK</Sts>", "");

        StatementRefusedException refused = refusal(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.reason()).isEqualTo(Reason.ENTRY_STATUS);
        assertThat(refused.messageArguments()).containsExactly("S-STS", "1 (R1)", "");
    }

    @Test
    void theFaultOfALaterEntryIsFoundAndNamedByItsNumberWhenItHasNoReference() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        String xml = CamtFiles.statement("S-LATER").credit("R1", "5.00", day, "090933755493")
                .withoutReferences().credit("R2", "7.00", day, "090933755493").xml()
                .replace(">7.00</Amt>", ">7,00</Amt>");

        StatementRefusedException refused = refusal(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.reason()).isEqualTo(Reason.ENTRY_AMOUNT_INVALID);
        assertThat(refused.messageArguments()).containsExactly("S-LATER", "2", "7,00");
    }

    @Test
    void aVersion08FileAndADateTimeArePassed() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        String xml = CamtFiles.statement("S-08").version08().credit("R1", "5.00", day, "090933755493").xml()
                .replace("<BookgDt><Dt>2026-12-01</Dt></BookgDt>", "<BookgDt><DtTm>2026-12-01T10:15:00+01:00</DtTm></BookgDt>");

        assertThat(reader.read(xml.getBytes(StandardCharsets.UTF_8)).get(0).entries()).singleElement()
                .satisfies(e -> assertThat(e.bookedOn()).isEqualTo(day));
    }

    @Test
    void entriesWithoutTheBanksReferenceAreKnownByWhatTheySayNotByTheStatement() {
        StatementEntry first = reader.read(testerFile("noref.xml")).get(0).entries().get(0);
        StatementEntry again = reader.read(testerFile("noref2.xml")).get(0).entries().get(0);
        LocalDate day = LocalDate.of(2026, 12, 1);
        StatementEntry otherAmount = reader.read(CamtFiles.statement("S-NOREF").withoutReferences()
                .credit("x", "5.01", day, "020260000380").bytes()).get(0).entries().get(0);

        assertThat(first.byBank()).isFalse();
        assertThat(first.reference()).startsWith(EntryIdentity.PREFIX).hasSizeLessThanOrEqualTo(80)
                .isEqualTo(again.reference()).isNotEqualTo(otherAmount.reference());
    }

    @Test
    void twoIdenticalEntriesOfOneStatementAreTwo() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        var entries = reader.read(CamtFiles.statement("S-TWICE").withoutReferences()
                .credit("x", "5.00", day, "020260000380").credit("x", "5.00", day, "020260000380").bytes())
                .get(0).entries();

        assertThat(entries).extracting(StatementEntry::reference).doesNotHaveDuplicates().hasSize(2);
    }
}
