package be.actraject.domain.invoice;

import be.actraject.domain.candidate.SearchKeys;
import be.actraject.domain.config.NumberedJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Migration V39: the invoice's folded customer name ({@link SearchKeys#name}), filled for the invoices already there,
 * so that the invoice book finds "Çağrı Yılmaz" by "cagri" or "YILMAZ". In Java for the reason of V18 (the candidate's
 * keys): neither H2 nor PostgreSQL folds accents and Turkish letters the way the application does.
 */
@Component
class InvoiceCustomerSearchMigration extends NumberedJavaMigration {

    InvoiceCustomerSearchMigration() {
        super("39", "invoice customer search");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table invoice add column customer_search varchar(400)");
        }
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("select id, customer_name from invoice");
             PreparedStatement write = connection.prepareStatement(
                     "update invoice set customer_search = ? where id = ?")) {
            while (rows.next()) {
                write.setString(1, SearchKeys.name(rows.getString(2)));
                write.setLong(2, rows.getLong(1));
                write.executeUpdate();
            }
        }
    }
}
