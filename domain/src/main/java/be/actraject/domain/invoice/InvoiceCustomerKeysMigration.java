package be.actraject.domain.invoice;

import be.actraject.domain.candidate.SearchKeys;
import be.actraject.domain.config.KeyColumns;
import be.actraject.domain.config.NumberedJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.SQLException;

/**
 * Migration V49 (issue 19): the invoice's folded customer name (V39) written again where {@link SearchKeys#name} now
 * folds it otherwise — a name in another script than the Latin one, which folded to nothing, so that the invoice book
 * finds "Ελληνική Ταβέρνα" by "ταβερνα".
 */
@Component
class InvoiceCustomerKeysMigration extends NumberedJavaMigration {

    InvoiceCustomerKeysMigration() {
        super("49", "invoice customer keys in every script");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        KeyColumns.rewrite(context.getConnection(), "invoice", "customer_search", new String[]{"customer_name"},
                n -> SearchKeys.name(n[0]));
    }
}
