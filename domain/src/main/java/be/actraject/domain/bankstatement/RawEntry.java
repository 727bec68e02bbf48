package be.actraject.domain.bankstatement;

import be.actraject.domain.bankstatement.StatementRefusedException.Reason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An entry ({@code Ntry}) as its file writes it, before anything is made of it: what {@link CamtEntryCheck} checks. */
final class RawEntry {

    /** The largest amount the entry's column holds: NUMERIC(14, 2). */
    static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

    /** An xs:decimal; a comma or a thousands separator is none. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?)(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** Those of camt.053.001.02 and .08; only BOOK is booked, the others are read past, but must be said. */
    private static final Set<String> STATUSES = Set.of("BOOK", "PDNG", "INFO", "FUTR");

    boolean amountGiven;
    String amount;
    String currency;
    String indicator;
    String status;
    String bookingDate;
    String valueDate;
    String entryReference;
    String servicerReference;

    /** The bank's reference to name the entry by, AcctSvcrRef before NtryRef as the import does; null when none. */
    String reference() {
        return Remittance.firstOf(servicerReference, entryReference);
    }

    void status(String value) {
        if (!value.isEmpty()) {
            status = value;
        }
    }

    /** The first fault of the entry, in the order of the file's fields; null when it can be booked. */
    Reason fault() {
        Reason amountFault = amountFault();
        if (amountFault != null) {
            return amountFault;
        }
        if (currency == null || !CURRENCY.matcher(currency.strip()).matches()) {
            return Reason.ENTRY_CURRENCY;
        }
        if (!"CRDT".equals(indicator) && !"DBIT".equals(indicator)) {
            return Reason.ENTRY_INDICATOR;
        }
        if (status == null || !STATUSES.contains(status)) {
            return Reason.ENTRY_STATUS;
        }
        if (!valid(bookingDate) || !valid(valueDate)) {
            return Reason.ENTRY_DATE_INVALID;
        }
        if ("BOOK".equals(status) && bookingDate == null && valueDate == null) {
            return Reason.ENTRY_DATE_MISSING;
        }
        return null;
    }

    /** What to show of the faulty field, as written (cut short: it is only to recognise it). */
    String faultyValue(Reason fault) {
        String value = switch (fault) {
            case ENTRY_AMOUNT_INVALID, ENTRY_AMOUNT_NOT_POSITIVE, ENTRY_AMOUNT_CENTS, ENTRY_AMOUNT_TOO_LARGE -> amount;
            case ENTRY_CURRENCY -> currency;
            case ENTRY_INDICATOR -> indicator;
            case ENTRY_STATUS -> status;
            case ENTRY_DATE_INVALID -> valid(bookingDate) ? valueDate : bookingDate;
            default -> null;
        };
        if (value == null) {
            return "";
        }
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private Reason amountFault() {
        if (!amountGiven || amount == null || amount.isEmpty()) {
            return Reason.ENTRY_AMOUNT_MISSING;
        }
        if (!DECIMAL.matcher(amount).matches()) {
            return Reason.ENTRY_AMOUNT_INVALID;
        }
        BigDecimal value = new BigDecimal(amount);
        if (value.signum() <= 0) {
            return Reason.ENTRY_AMOUNT_NOT_POSITIVE;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return Reason.ENTRY_AMOUNT_CENTS;
        }
        return value.compareTo(LARGEST) > 0 ? Reason.ENTRY_AMOUNT_TOO_LARGE : null;
    }

    /** Not given, or a real day (and time): 2026-13-45 is none. */
    private static boolean valid(String written) {
        if (written == null) {
            return true;
        }
        try {
            Matcher date = DATE.matcher(written);
            if (date.matches()) {
                LocalDate.parse(date.group(1));
                return true;
            }
            Matcher dateTime = DATE_TIME.matcher(written);
            if (dateTime.matches()) {
                LocalDate.parse(dateTime.group(1));
                LocalTime.parse(dateTime.group(2));
                return true;
            }
            return false;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
