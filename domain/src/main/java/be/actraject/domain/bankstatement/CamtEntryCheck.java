package be.actraject.domain.bankstatement;

import be.actraject.domain.bankstatement.StatementRefusedException.Reason;
import com.prowidesoftware.swift.utils.SafeXmlUtils;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every entry of a statement file as written, before anything is read for booking: Prowide's JAXB reading is
 * lenient and turns {@code 12,50} or {@code 2026-13-45} into nothing without a word, so that an entry without an
 * amount was silently dropped and one with an impossible date became a line without one, and what it did keep could
 * still break the database (an amount beyond NUMERIC(14,2), no currency) with an error page (issue 18, S3/S4). A
 * fault anywhere refuses the whole file, naming the statement, the entry and the fault ({@link RawEntry#fault()}).
 * <p>
 * Not the XSD: its messages name schema types, not what an accountant can tell the bank; what is checked here is
 * what booking relies on.
 */
final class CamtEntryCheck {

    /** The open elements, the innermost last. */
    private final List<String> path = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private String statement;
    private boolean iban;
    private int position;
    private RawEntry entry;

    private CamtEntryCheck() {
    }

    /** @throws StatementRefusedException naming the first faulty statement or entry */
    static void check(String xml) {
        try {
            XMLStreamReader reader = SafeXmlUtils.inputFactory().createXMLStreamReader(new StringReader(xml));
            try {
                new CamtEntryCheck().walk(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new StatementRefusedException(Reason.NOT_XML); // CamtScan read it whole already: not expected
        }
    }

    private void walk(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    path.add(reader.getLocalName());
                    text.setLength(0);
                    started(reader);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    ended(text.toString().strip());
                    path.remove(path.size() - 1);
                    text.setLength(0);
                }
                default -> {
                }
            }
        }
    }

    private void started(XMLStreamReader reader) {
        if (at("Stmt")) {
            statement = null;
            iban = false;
            position = 0;
        } else if (at("Stmt", "Ntry")) {
            if (!iban) {
                throw new StatementRefusedException(Reason.NO_IBAN, label());
            }
            position++;
            entry = new RawEntry();
        } else if (at("Ntry", "Amt")) {
            entry.currency = reader.getAttributeValue(null, "Ccy");
            entry.amountGiven = true;
        }
    }

    private void ended(String value) {
        if (at("Stmt", "Id")) {
            statement = value;
        } else if (at("Stmt", "Acct", "Id", "IBAN")) {
            iban = !value.isEmpty();
        } else if (at("Stmt") && !iban) {
            throw new StatementRefusedException(Reason.NO_IBAN, label());
        } else if (entry != null) {
            entryEnded(value);
        }
    }

    private void entryEnded(String value) {
        if (at("Stmt", "Ntry")) {
            Reason fault = entry.fault();
            if (fault != null) {
                throw new StatementRefusedException(fault, label(), entryLabel(), entry.faultyValue(fault));
            }
            entry = null;
        } else if (at("Ntry", "Amt")) {
            entry.amount = value;
        } else if (at("Ntry", "CdtDbtInd")) {
            entry.indicator = value;
        } else if (at("Ntry", "NtryRef")) {
            entry.entryReference = value;
        } else if (at("Ntry", "AcctSvcrRef")) {
            entry.servicerReference = value;
        } else if (at("Ntry", "Sts") || at("Ntry", "Sts", "Cd")) {
            // camt.053.001.02: the code is the text of Sts; .08: of its Cd child.
            entry.status(value);
        } else if (at("Ntry", "BookgDt", "Dt") || at("Ntry", "BookgDt", "DtTm")) {
            entry.bookingDate = value;
        } else if (at("Ntry", "ValDt", "Dt") || at("Ntry", "ValDt", "DtTm")) {
            entry.valueDate = value;
        }
    }

    /** The innermost open elements are these, in this order. */
    private boolean at(String... names) {
        if (path.size() < names.length) {
            return false;
        }
        return path.subList(path.size() - names.length, path.size()).equals(List.of(names));
    }

    private String label() {
        return statement == null || statement.isEmpty() ? "?" : statement;
    }

    /** The entry's number in its statement, with the bank's reference when it has one: "3 (N1)". */
    private String entryLabel() {
        String reference = entry.reference();
        return reference == null ? Integer.toString(position) : position + " (" + reference + ")";
    }
}
