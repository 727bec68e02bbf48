package be.actraject.testsupport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * CAMT.053 statement files written for the tests, as a Belgian bank exports them (camt.053.001.02 by default, .08 on
 * request): one statement of an account, with booked entries whose structured communication sits in
 * {@code RmtInf/Strd/CdtrRefInf/Ref} or in {@code Ustrd}.
 */
public final class CamtFiles {

    /** The IBAN of the test cooperative (application.properties of the tests and of the demo). */
    public static final String COOPERATIVE_IBAN = "BE68539007547034";

    private final String statementId;
    private final String iban;
    private final List<String> entries = new ArrayList<>();
    private String version = "02";
    private boolean bankReferences = true;

    private CamtFiles(String statementId, String iban) {
        this.statementId = statementId;
        this.iban = iban;
    }

    /** A statement of the cooperative's account. */
    public static CamtFiles statement(String statementId) {
        return new CamtFiles(statementId, COOPERATIVE_IBAN);
    }

    public static CamtFiles statementOf(String iban, String statementId) {
        return new CamtFiles(statementId, iban);
    }

    public CamtFiles version08() {
        this.version = "08";
        return this;
    }

    /** The entries added from now on carry no reference of the bank (no NtryRef, no AcctSvcrRef): some banks do so. */
    public CamtFiles withoutReferences() {
        this.bankReferences = false;
        return this;
    }

    /** A credit in another currency than euro, with free text. */
    public CamtFiles creditIn(String currency, String reference, String amount, LocalDate on, String text) {
        return entry(reference, "CRDT", amount, on, "<Ustrd>" + text + "</Ustrd>", currency, false);
    }

    /** A credit that reverses an earlier debit ({@code RvslInd}), with free text. */
    public CamtFiles reversal(String reference, String amount, LocalDate on, String text) {
        return entry(reference, "CRDT", amount, on, "<Ustrd>" + text + "</Ustrd>", "EUR", true);
    }

    /** A credit whose structured communication is given as the creditor reference ({@code Strd}). */
    public CamtFiles credit(String reference, String amount, LocalDate on, String structured) {
        return entry(reference, "CRDT", amount, on, "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry>"
                + "<Issr>BBA</Issr></Tp><Ref>" + structured.replaceAll("\\D", "") + "</Ref></CdtrRefInf></Strd>");
    }

    /** A credit with only free text ({@code Ustrd}), such as {@code +++090/9337/55493+++} typed by the payer. */
    public CamtFiles creditWithText(String reference, String amount, LocalDate on, String text) {
        return entry(reference, "CRDT", amount, on, "<Ustrd>" + text + "</Ustrd>");
    }

    public CamtFiles debit(String reference, String amount, LocalDate on, String text) {
        return entry(reference, "DBIT", amount, on, "<Ustrd>" + text + "</Ustrd>");
    }

    private CamtFiles entry(String reference, String direction, String amount, LocalDate on, String remittance) {
        return entry(reference, direction, amount, on, remittance, "EUR", false);
    }

    private CamtFiles entry(String reference, String direction, String amount, LocalDate on, String remittance,
                            String currency, boolean reversal) {
        String party = "CRDT".equals(direction) ? "Dbtr" : "Cdtr";
        String partyName = "CRDT".equals(direction) ? "<Dbtr><Nm>Fietsclub De Trappers</Nm></Dbtr>"
                : "<Cdtr><Nm>Leverancier NV</Nm></Cdtr>";
        String partyName08 = "CRDT".equals(direction) ? "<Dbtr><Pty><Nm>Fietsclub De Trappers</Nm></Pty></Dbtr>"
                : "<Cdtr><Pty><Nm>Leverancier NV</Nm></Pty></Cdtr>";
        String status = "08".equals(version) ? "<Sts><Cd>BOOK</Cd></Sts>" : "<Sts>BOOK</Sts>";
        entries.add("""
                <Ntry>
                  %1$s
                  <Amt Ccy="%9$s">%2$s</Amt>
                  <CdtDbtInd>%3$s</CdtDbtInd>%10$s
                  %4$s
                  <BookgDt><Dt>%5$s</Dt></BookgDt>
                  <ValDt><Dt>%5$s</Dt></ValDt>
                  %11$s
                  <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                  <NtryDtls><TxDtls>
                    <Refs>%12$s</Refs>
                    <AmtDtls><TxAmt><Amt Ccy="%9$s">%2$s</Amt></TxAmt></AmtDtls>
                    <RltdPties>%6$s<%7$sAcct><Id><IBAN>BE71096123456769</IBAN></Id></%7$sAcct></RltdPties>
                    <RmtInf>%8$s</RmtInf>
                  </TxDtls></NtryDtls>
                </Ntry>""".formatted(bankReferences ? "<NtryRef>" + reference + "</NtryRef>" : "",
                new BigDecimal(amount).toPlainString(), direction, status, on,
                "08".equals(version) ? partyName08 : partyName, party, remittance, currency,
                reversal ? "<RvslInd>true</RvslInd>" : "",
                bankReferences ? "<AcctSvcrRef>" + reference + "</AcctSvcrRef>" : "",
                bankReferences ? "<AcctSvcrRef>" + reference + "</AcctSvcrRef>" : ""));
        return this;
    }

    public String xml() {
        String namespace = "urn:iso:std:iso:20022:tech:xsd:camt.053.001." + version;
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="%1$s" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>MSG-%2$s</MsgId><CreDtTm>2026-11-30T18:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>%2$s</Id>
                      <ElctrncSeqNb>1</ElctrncSeqNb>
                      <CreDtTm>2026-11-30T18:00:00</CreDtTm>
                      <Acct><Id><IBAN>%3$s</IBAN></Id><Ccy>EUR</Ccy></Acct>
                      %4$s
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(namespace, statementId, iban, String.join("\n", entries));
    }

    public byte[] bytes() {
        return xml().getBytes(StandardCharsets.UTF_8);
    }
}
