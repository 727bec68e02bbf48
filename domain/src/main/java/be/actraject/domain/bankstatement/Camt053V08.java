package be.actraject.domain.bankstatement;

import com.prowidesoftware.swift.model.mx.MxCamt05300108;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement9;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction10;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads camt.053.001.08 (the version of the 2019 message set) with Prowide's model of it. */
final class Camt053V08 {

    private Camt053V08() {
    }

    static List<BankStatement> read(String xml) {
        MxCamt05300108 message = MxCamt05300108.parse(xml);
        if (message == null || message.getBkToCstmrStmt() == null) {
            return List.of();
        }
        return message.getBkToCstmrStmt().getStmt().stream().map(Camt053V08::statement).toList();
    }

    private static BankStatement statement(AccountStatement9 stmt) {
        String account = stmt.getAcct() == null || stmt.getAcct().getId() == null ? null
                : stmt.getAcct().getId().getIBAN();
        List<StatementEntry> entries = new ArrayList<>();
        for (ReportEntry10 entry : stmt.getNtry()) {
            if (entry.getSts() != null && "BOOK".equals(entry.getSts().getCd())) {
                entries.add(entry(entry));
            }
        }
        return new BankStatement(stmt.getId(), account, EntryIdentity.assign(account, entries));
    }

    private static StatementEntry entry(ReportEntry10 entry) {
        List<EntryTransaction10> transactions = entry.getNtryDtls().stream()
                .flatMap(d -> d.getTxDtls().stream()).toList();
        // One transaction says who paid and why; a batch of several is left to office staff as one entry.
        Optional<EntryTransaction10> only = transactions.size() == 1 ? Optional.of(transactions.get(0))
                : Optional.empty();
        String reference = Remittance.firstOf(entry.getAcctSvcrRef(), entry.getNtryRef(),
                only.map(t -> t.getRefs() == null ? null : t.getRefs().getAcctSvcrRef()).orElse(null));
        LocalDate valueDate = date(entry.getValDt()).orElse(null);
        boolean credit = entry.getCdtDbtInd() == CreditDebitCode.CRDT;
        // Without the bank's reference the entry is known by its fingerprint (EntryIdentity), not its position.
        return new StatementEntry(reference, reference != null, credit,
                Boolean.TRUE.equals(entry.isRvslInd()), entry.getAmt().getValue(), entry.getAmt().getCcy(),
                date(entry.getBookgDt()).orElse(valueDate), valueDate,
                only.map(t -> counterparty(t, credit)).orElse(null),
                only.map(t -> counterpartyAccount(t, credit)).orElse(null),
                only.map(Camt053V08::communication).orElse(null), Math.max(1, transactions.size()));
    }

    private static Optional<LocalDate> date(DateAndDateTime2Choice choice) {
        if (choice == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(choice.getDt())
                .or(() -> Optional.ofNullable(choice.getDtTm()).map(t -> t.toLocalDate()));
    }

    /** Who paid us (Dbtr) for a credit; whom we paid (Cdtr) for a debit (issue 18, F4). */
    private static String counterparty(EntryTransaction10 t, boolean credit) {
        if (t.getRltdPties() == null) {
            return null;
        }
        var party = credit ? t.getRltdPties().getDbtr() : t.getRltdPties().getCdtr();
        return party == null || party.getPty() == null ? null : party.getPty().getNm();
    }

    private static String counterpartyAccount(EntryTransaction10 t, boolean credit) {
        if (t.getRltdPties() == null) {
            return null;
        }
        var account = credit ? t.getRltdPties().getDbtrAcct() : t.getRltdPties().getCdtrAcct();
        return account == null || account.getId() == null ? null : account.getId().getIBAN();
    }

    private static String communication(EntryTransaction10 t) {
        if (t.getRmtInf() == null) {
            return null;
        }
        return Remittance.joined(Stream.concat(
                t.getRmtInf().getStrd().stream().map(s -> s.getCdtrRefInf() == null ? null : s.getCdtrRefInf().getRef()),
                t.getRmtInf().getUstrd().stream()));
    }
}
