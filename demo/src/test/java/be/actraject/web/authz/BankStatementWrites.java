package be.actraject.web.authz;

import be.actraject.testsupport.CamtFiles;
import org.springframework.mock.web.MockMultipartFile;

import java.util.List;

import static be.actraject.web.authz.Who.COORDINATOR;
import static be.actraject.web.authz.Who.OFFICE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The matrix's rows for bank statements (issue 18): importing a statement, and matching or dismissing a line of the
 * review list, book payments — the office's follow-up and the coordinators', as registering a payment by hand.
 */
final class BankStatementWrites {

    private BankStatementWrites() {
    }

    static List<Write> rows() {
        return List.of(
                Write.of("POST /bank-statements").allowedTo(OFFICE, COORDINATOR)
                        .request(f -> {
                            String statement = f.unique("MATRIX-UPLOAD-");
                            return multipart("/bank-statements").file(new MockMultipartFile("file", "uittreksel.xml",
                                    "application/xml", CamtFiles.statement(statement).creditWithText(
                                            statement + "-1", "3.00", f.today(), "Geen mededeling").bytes()));
                        }),
                Write.of("POST /bank-statements/lines/{lineId}/match").allowedTo(OFFICE, COORDINATOR)
                        .request(f -> post("/bank-statements/lines/" + f.reviewLine() + "/match")
                                .param("invoice", f.invoiceNumber(f.issuedInvoice())).param("amount", "0,01")),
                Write.of("POST /bank-statements/lines/{lineId}/not-ours").allowedTo(OFFICE, COORDINATOR)
                        .request(f -> post("/bank-statements/lines/" + f.reviewLine() + "/not-ours")));
    }
}
