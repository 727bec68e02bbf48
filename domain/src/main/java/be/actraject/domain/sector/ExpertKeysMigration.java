package be.actraject.domain.sector;

import be.actraject.domain.config.KeyColumns;
import be.actraject.domain.config.NumberedJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.SQLException;

/**
 * Migration V50 (issue 19): the expert's search key (V35, {@link Expert#searchKey}) written again where the folded
 * names now differ — a name or field in another script than the Latin one, which folded to nothing.
 */
@Component
class ExpertKeysMigration extends NumberedJavaMigration {

    ExpertKeysMigration() {
        super("50", "expert keys in every script");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        KeyColumns.rewrite(context.getConnection(), "expert", "search_key", new String[]{"name", "field"},
                n -> Expert.searchKey(n[0], n[1]));
    }
}
