package be.actraject.domain.bankstatement;

import be.actraject.domain.bankstatement.StatementRefusedException.Reason;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.testsupport.CamtFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What is read from a CAMT.053 file, and every kind of file that is refused before anything is booked. */
class CamtReaderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private final CamtReader reader = new CamtReader(cooperative());

    private static Cooperative cooperative() {
        Cooperative cooperative = new Cooperative();
        cooperative.setIban("BE68 5390 0754 7034");
        return cooperative;
    }

    private Reason refusalOf(byte[] file) {
        StatementRefusedException refused = catchThrowableOfType(StatementRefusedException.class,
                () -> reader.read(file));
        assertThat(refused).as("refused").isNotNull();
        return refused.reason();
    }

    @Test
    void aVersion02StatementGivesItsBookedEntriesWithTheirCommunication() {
        byte[] file = CamtFiles.statement("2026-330").credit("REF-1", "121.00", DAY, "+++090/9337/55493+++")
                .creditWithText("REF-2", "50", DAY, "factuur +++090/9337/55493+++ dank u")
                .debit("REF-3", "9.99", DAY, "Bankkosten").bytes();

        List<BankStatement> statements = reader.read(file);

        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.reference()).isEqualTo("2026-330");
            assertThat(s.account()).isEqualTo(CamtFiles.COOPERATIVE_IBAN);
            assertThat(s.entries()).extracting(StatementEntry::reference).containsExactly("REF-1", "REF-2", "REF-3");
        });
        StatementEntry first = statements.get(0).entries().get(0);
        assertThat(first.credit()).isTrue();
        assertThat(first.amount()).isEqualByComparingTo("121.00");
        assertThat(first.bookedOn()).isEqualTo(DAY);
        assertThat(first.counterparty()).isEqualTo("Fietsclub De Trappers");
        assertThat(first.counterpartyAccount()).isEqualTo("BE71096123456769");
        assertThat(Remittance.structured(first.communication())).get().hasToString("+++090/9337/55493+++");
        assertThat(Remittance.structured(statements.get(0).entries().get(1).communication())).isPresent();
        assertThat(statements.get(0).entries().get(2).credit()).isFalse();
    }

    @Test
    void aVersion08StatementIsReadAsWell() {
        byte[] file = CamtFiles.statement("2026-331").version08()
                .credit("REF-8", "10.00", DAY, "090933755493").bytes();

        StatementEntry entry = reader.read(file).get(0).entries().get(0);

        assertThat(entry.reference()).isEqualTo("REF-8");
        assertThat(entry.counterparty()).isEqualTo("Fietsclub De Trappers");
        assertThat(Remittance.structured(entry.communication())).isPresent();
    }

    /** The second tester's F4: a debit's counterparty, the creditor we paid, was never read. */
    @Test
    void aDebitNamesTheCreditorPaidInBothVersionsAndItsFingerprintDependsOnIt() {
        StatementEntry v02 = reader.read(CamtFiles.statement("2026-332").debit("REF-4", "9.99", DAY, "Huur")
                .bytes()).get(0).entries().get(0);
        StatementEntry v08 = reader.read(CamtFiles.statement("2026-333").version08()
                .debit("REF-5", "9.99", DAY, "Huur").bytes()).get(0).entries().get(0);

        assertThat(v02.counterparty()).isEqualTo("Leverancier NV");
        assertThat(v02.counterpartyAccount()).isEqualTo("BE71096123456769");
        assertThat(v08.counterparty()).isEqualTo("Leverancier NV");
        assertThat(v08.counterpartyAccount()).isEqualTo("BE71096123456769");
        String xml = CamtFiles.statement("2026-334").withoutReferences().debit("X", "9.99", DAY, "Huur").xml();
        StatementEntry leverancier = reader.read(xml.getBytes(StandardCharsets.UTF_8)).get(0).entries().get(0);
        StatementEntry other = reader.read(xml.replace("Leverancier NV", "Verhuurder bv")
                .getBytes(StandardCharsets.UTF_8)).get(0).entries().get(0);
        assertThat(leverancier.reference()).startsWith(EntryIdentity.PREFIX).isNotEqualTo(other.reference());
    }

    @Test
    void aCommunicationWithWrongCheckDigitsIsNone() {
        assertThat(Remittance.structured("+++090/9337/55494+++")).isEmpty();
        assertThat(Remittance.structured("Factuur 2026-0001")).isEmpty();
        assertThat(Remittance.structured("***090/9337/55493***")).isPresent();
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileItNamesIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "GEHEIM");
        String xml = CamtFiles.statement("XXE-1").creditWithText("REF-X", "1.00", DAY, "&xxe;").xml()
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE Document [<!ENTITY xxe SYSTEM \""
                                + secret.toUri() + "\">]>");

        assertThat(refusalOf(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo(Reason.DOCTYPE);
    }

    @Test
    void anEntityExpansionBombIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><Document>&lol2;</Document>";

        assertThat(refusalOf(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo(Reason.DOCTYPE);
    }

    @Test
    void malformedXmlIsRefused() {
        String xml = CamtFiles.statement("BAD-1").credit("REF-1", "1.00", DAY, "090933755493").xml()
                .replace("</BkToCstmrStmt>", "");

        assertThat(refusalOf(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo(Reason.NOT_XML);
        assertThat(refusalOf("%PDF-1.4 geen xml".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Reason.NOT_XML);
    }

    @Test
    void xmlThatIsNoStatementIsRefused() {
        String payment = "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">"
                + "<CstmrCdtTrfInitn/></Document>";
        String oldVersion = CamtFiles.statement("OLD-1").xml().replace("camt.053.001.02", "camt.052.001.02");

        assertThat(refusalOf(payment.getBytes(StandardCharsets.UTF_8))).isEqualTo(Reason.NOT_CAMT);
        assertThat(refusalOf("<factuur/>".getBytes(StandardCharsets.UTF_8))).isEqualTo(Reason.NOT_CAMT);
        assertThat(refusalOf(oldVersion.getBytes(StandardCharsets.UTF_8))).isEqualTo(Reason.NOT_CAMT);
    }

    @Test
    void aStatementOfAnotherAccountIsRefused() {
        byte[] file = CamtFiles.statementOf("BE71096123456769", "OTHER-1")
                .credit("REF-1", "1.00", DAY, "090933755493").bytes();

        StatementRefusedException refused = catchThrowableOfType(StatementRefusedException.class,
                () -> reader.read(file));

        assertThat(refused.reason()).isEqualTo(Reason.OTHER_ACCOUNT);
        assertThat(refused.messageArguments()).contains("BE68 5390 0754 7034");
    }

    @Test
    void anEmptyOrTooLargeFileIsRefusedUnread() {
        byte[] large = new byte[CamtScan.MAX_BYTES + 1];
        Arrays.fill(large, (byte) ' ');

        assertThat(refusalOf(new byte[0])).isEqualTo(Reason.EMPTY);
        assertThat(refusalOf(large)).isEqualTo(Reason.TOO_LARGE);
    }
}
