package be.actraject.domain.bankstatement;

import be.actraject.testsupport.CamtFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same statement uploaded twice at the same moment (a double click, two tabs): both uploads see a new file, the
 * unique keys of V34 refuse the slower one's rows, and it answers as for a file imported before — the first import,
 * nothing recorded twice, never the constraint's exception. Not in a test transaction: each upload commits its own, as
 * two requests do. Several rounds, since two threads only sometimes meet inside the transaction.
 */
@SpringBootTest
abstract class ConcurrentUploadsContract {

    private static final int ROUNDS = 6;
    private static final int ENTRIES = 40;

    @Autowired
    StatementImports imports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoUploadsOfOneStatementAtOnceImportItOnceAndBothAnswerWithThatImport() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String run = UUID.randomUUID().toString().substring(0, 8);
                byte[] file = statement(run);
                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<ImportResult>> uploads = List.of(
                        CompletableFuture.supplyAsync(() -> upload(file, together), threads),
                        CompletableFuture.supplyAsync(() -> upload(file, together), threads));

                ImportResult first = uploads.get(0).get();
                ImportResult second = uploads.get(1).get();

                assertThat(first.importId()).as("round %d: one import", round).isEqualTo(second.importId());
                assertThat(List.of(first.alreadyImported(), second.alreadyImported())).as("round %d", round)
                        .containsExactlyInAnyOrder(false, true);
                assertThat(jdbc.queryForObject("select count(*) from bank_statement_entry where reference like ?",
                        Integer.class, "%-" + run)).as("round %d: each entry once", round).isEqualTo(ENTRIES);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private ImportResult upload(byte[] file, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return imports.importFile(file, "uittreksel.xml", OFFICE);
    }

    /** A statement of credits no invoice claims: each goes to review, which is work enough to overlap. */
    private static byte[] statement(String run) {
        CamtFiles camt = CamtFiles.statement("ST-" + run);
        for (int i = 0; i < ENTRIES; i++) {
            camt.creditWithText("E" + i + "-" + run, "10.00", LocalDate.of(2026, 11, 30), "Gift " + i);
        }
        return camt.bytes();
    }
}
