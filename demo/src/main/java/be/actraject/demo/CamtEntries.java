package be.actraject.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * CAMT.053 (camt.053.001.02, as Belgian banks export it) text for {@link DemoStatement}: booked credits whose
 * structured communication sits in {@code RmtInf/Strd/CdtrRefInf/Ref} or free text in {@code Ustrd}.
 */
final class CamtEntries {

    private CamtEntries() {
    }

    static String credit(String reference, BigDecimal amount, LocalDate on, String payer, String structured) {
        return entry(reference, amount, on, payer, "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry>"
                + "<Issr>BBA</Issr></Tp><Ref>" + structured.replaceAll("\\D", "") + "</Ref></CdtrRefInf></Strd>");
    }

    static String creditWithText(String reference, BigDecimal amount, LocalDate on, String payer, String text) {
        return entry(reference, amount, on, payer, "<Ustrd>" + escaped(text) + "</Ustrd>");
    }

    private static String entry(String reference, BigDecimal amount, LocalDate on, String payer, String remittance) {
        return """
                <Ntry>
                  <NtryRef>%1$s</NtryRef>
                  <Amt Ccy="EUR">%2$s</Amt>
                  <CdtDbtInd>CRDT</CdtDbtInd>
                  <Sts>BOOK</Sts>
                  <BookgDt><Dt>%3$s</Dt></BookgDt>
                  <ValDt><Dt>%3$s</Dt></ValDt>
                  <AcctSvcrRef>%1$s</AcctSvcrRef>
                  <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                  <NtryDtls><TxDtls>
                    <Refs><AcctSvcrRef>%1$s</AcctSvcrRef></Refs>
                    <AmtDtls><TxAmt><Amt Ccy="EUR">%2$s</Amt></TxAmt></AmtDtls>
                    <RltdPties><Dbtr><Nm>%4$s</Nm></Dbtr></RltdPties>
                    <RmtInf>%5$s</RmtInf>
                  </TxDtls></NtryDtls>
                </Ntry>""".formatted(reference, amount.toPlainString(), on, escaped(payer), remittance);
    }

    static String statement(String id, String iban, String createdOn, List<String> entries) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>MSG-%1$s</MsgId><CreDtTm>%2$sT18:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>%1$s</Id>
                      <ElctrncSeqNb>1</ElctrncSeqNb>
                      <CreDtTm>%2$sT18:00:00</CreDtTm>
                      <Acct><Id><IBAN>%3$s</IBAN></Id><Ccy>EUR</Ccy></Acct>
                      %4$s
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(id, createdOn, iban, String.join("\n", entries));
    }

    private static String escaped(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
