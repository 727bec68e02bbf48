package be.actraject.domain.bankstatement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The identity of an entry the bank gave no reference: a fingerprint of what the entry says (account, booking and
 * value date, amount, currency, credit or debit, reversal, remittance information, counterparty and their account,
 * number of transactions) and of its position among identical entries of the same statement. The statement's own
 * id is left out on purpose: an intraday statement and the end-of-day one carry the same entry under different ids,
 * and the entry must be known again (issue 18, S2).
 */
final class EntryIdentity {

    /** Fingerprints start with this, so that no bank reference is mistaken for one; 67 characters of the 80. */
    static final String PREFIX = "FP-";

    private EntryIdentity() {
    }

    /** The entries, those without a bank reference given their fingerprint. */
    static List<StatementEntry> assign(String account, List<StatementEntry> entries) {
        Map<String, Integer> seen = new HashMap<>();
        List<StatementEntry> assigned = new ArrayList<>(entries.size());
        for (StatementEntry entry : entries) {
            if (entry.byBank()) {
                assigned.add(entry);
                continue;
            }
            String content = content(account, entry);
            // Two identical lines in one statement are two payments: the second is told apart by its position.
            int occurrence = seen.merge(content, 1, Integer::sum);
            assigned.add(entry.withReference(PREFIX + sha256(content + "|#" + occurrence)));
        }
        return assigned;
    }

    /**
     * The reference of an entry whose fingerprint was recorded already from another statement: recorded (for review)
     * under a reference of its own, so that the unique key of account and reference still holds.
     */
    static String anotherArrival(String fingerprint, String statement) {
        return PREFIX + sha256(fingerprint + "|in|" + statement);
    }

    private static String content(String account, StatementEntry e) {
        return String.join("|", Objects.toString(account), Objects.toString(e.bookedOn()),
                Objects.toString(e.valueDate()), plain(e.amount()), Objects.toString(e.currency()),
                e.credit() ? "C" : "D", e.reversal() ? "R" : "", Objects.toString(e.communication()),
                Objects.toString(e.counterparty()), Objects.toString(e.counterpartyAccount()),
                Integer.toString(e.transactions()));
    }

    /** 5.0 and 5.00 are the same amount. */
    private static String plain(BigDecimal amount) {
        return amount == null ? "null" : amount.stripTrailingZeros().toPlainString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
