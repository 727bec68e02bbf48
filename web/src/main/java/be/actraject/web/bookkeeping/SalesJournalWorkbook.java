package be.actraject.web.bookkeeping;

import be.actraject.domain.bookkeeping.Journal;
import be.actraject.domain.bookkeeping.JournalEntry;
import be.actraject.domain.bookkeeping.JournalPayment;
import be.actraject.domain.bookkeeping.RateTotal;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.einvoice.Totals;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The sales journal as an Office Open XML workbook (FastExcel): four sheets, a header row each, amounts as numbers in
 * euro with two decimals (credit notes negative), dates as dates. The layout (sheet and column order) is fixed and
 * documented in the README; the headers are in the reader's language.
 */
@Component
class SalesJournalWorkbook {

    static final String MONEY = "#,##0.00";
    static final String DAY = "dd/mm/yyyy";

    private final MessageSource messages;

    SalesJournalWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(Journal journal, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "AC Traject", "1.0");
            documents(workbook.newWorksheet(text("bookkeeping.sheet.documents", locale)), journal, locale);
            breakdown(workbook.newWorksheet(text("bookkeeping.sheet.breakdown", locale)), journal, locale);
            rateTotals(workbook.newWorksheet(text("bookkeeping.sheet.rates", locale)), journal, locale);
            payments(workbook.newWorksheet(text("bookkeeping.sheet.payments", locale)), journal, locale);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void documents(Worksheet sheet, Journal journal, Locale locale) {
        header(sheet, locale, "number", "kind", "issuedOn", "dueOn", "candidate", "customer", "enterpriseNumber",
                "vatNumber", "country", "communication", "credited", "taxable", "vat", "total");
        int row = 1;
        for (JournalEntry entry : journal.entries()) {
            Customer customer = entry.customer();
            sheet.value(row, 0, entry.document().getNumber());
            sheet.value(row, 1, kind(entry, locale));
            day(sheet, row, 2, entry.document().getIssuedOn());
            day(sheet, row, 3, entry.document().getDueOn());
            sheet.value(row, 4, entry.candidateName());
            sheet.value(row, 5, entry.document().getCustomerName());
            sheet.value(row, 6, customer == null ? null : customer.getEnterpriseNumber());
            sheet.value(row, 7, customer == null ? null : customer.getVatNumber());
            sheet.value(row, 8, customer == null ? null : customer.getCountryCode());
            sheet.value(row, 9, entry.document().getCommunication() == null ? null
                    : entry.document().getCommunication().formatted());
            sheet.value(row, 10, entry.creditedNumber());
            money(sheet, row, 11, entry.taxable());
            money(sheet, row, 12, entry.vat());
            money(sheet, row, 13, entry.total());
            row++;
        }
    }

    private void breakdown(Worksheet sheet, Journal journal, Locale locale) {
        header(sheet, locale, "number", "kind", "issuedOn", "category", "percent", "exemption", "taxable", "vat");
        int row = 1;
        for (JournalEntry entry : journal.entries()) {
            for (Totals.Subtotal subtotal : entry.totals().breakdown()) {
                sheet.value(row, 0, entry.document().getNumber());
                sheet.value(row, 1, kind(entry, locale));
                day(sheet, row, 2, entry.document().getIssuedOn());
                rate(sheet, row, 3, subtotal.rate());
                money(sheet, row, 6, entry.sign() < 0 ? subtotal.taxable().negate() : subtotal.taxable());
                money(sheet, row, 7, entry.sign() < 0 ? subtotal.vat().negate() : subtotal.vat());
                row++;
            }
        }
    }

    private void rateTotals(Worksheet sheet, Journal journal, Locale locale) {
        header(sheet, locale, "category", "percent", "exemption", "taxable", "vat", "total");
        int row = 1;
        for (RateTotal total : journal.rateTotals()) {
            rate(sheet, row, 0, total.rate());
            money(sheet, row, 3, total.taxable());
            money(sheet, row, 4, total.vat());
            money(sheet, row, 5, total.total());
            row++;
        }
        sheet.value(row, 0, text("bookkeeping.column.sum", locale));
        money(sheet, row, 3, journal.taxable());
        money(sheet, row, 4, journal.vat());
        money(sheet, row, 5, journal.total());
    }

    private void payments(Worksheet sheet, Journal journal, Locale locale) {
        header(sheet, locale, "paidOn", "number", "customer", "amount", "reference");
        int row = 1;
        for (JournalPayment line : journal.payments()) {
            day(sheet, row, 0, line.payment().getPaidOn());
            sheet.value(row, 1, line.invoiceNumber());
            sheet.value(row, 2, line.customerName());
            money(sheet, row, 3, line.payment().getAmount());
            sheet.value(row, 4, line.payment().getReference());
            row++;
        }
    }

    private void header(Worksheet sheet, Locale locale, String... columns) {
        for (int c = 0; c < columns.length; c++) {
            sheet.value(0, c, text("bookkeeping.column." + columns[c], locale));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
    }

    private void rate(Worksheet sheet, int row, int column, TaxRate rate) {
        sheet.value(row, column, rate.category().code());
        sheet.value(row, column + 1, rate.percent());
        sheet.value(row, column + 2, rate.exemptionReason());
    }

    private String kind(JournalEntry entry, Locale locale) {
        return text(entry.document().isCreditNote() ? "bookkeeping.kind.creditNote" : "bookkeeping.kind.invoice",
                locale);
    }

    private static void money(Worksheet sheet, int row, int column, BigDecimal amount) {
        sheet.value(row, column, amount);
        sheet.style(row, column).format(MONEY).set();
    }

    private static void day(Worksheet sheet, int row, int column, LocalDate day) {
        if (day != null) {
            sheet.value(row, column, day);
            sheet.style(row, column).format(DAY).set();
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
