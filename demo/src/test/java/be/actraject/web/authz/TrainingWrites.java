package be.actraject.web.authz;

import be.actraject.testsupport.TestEnterpriseNumbers;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static be.actraject.web.authz.Who.COACH_OF_CANDIDATE;
import static be.actraject.web.authz.Who.COORDINATOR;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The matrix's rows for training modules (issue 17): providers, modules and their moments are the coordinators';
 * enrolling, attendance and the certificate are the coaching record's (the coach of the candidate and coordinators);
 * agreeing to a paid module is the coordinators' alone.
 */
final class TrainingWrites {

    private TrainingWrites() {
    }

    static List<Write> rows() {
        return List.of(
                Write.of("POST /training/providers/new").allowedTo(COORDINATOR)
                        .request(f -> post("/training/providers/new").param("name", f.unique("Verstrekker "))
                                .param("enterpriseNumber", TestEnterpriseNumbers.fresh().formatted())),
                Write.of("POST /training/providers/{id}/edit").allowedTo(COORDINATOR)
                        .request(f -> post("/training/providers/" + f.training().provider() + "/edit")
                                .param("name", f.unique("Matrix Opleidingen "))
                                .param("enterpriseNumber", TestEnterpriseNumbers.fresh().digits())),
                Write.of("POST /training/modules/new").allowedTo(COORDINATOR)
                        .request(f -> post("/training/modules/new").param("title", f.unique("Module "))
                                .param("providerId", String.valueOf(f.training().provider())).param("cost", "0")
                                .param("payer", "COOPERATIVE").param("onDemand", "true")),
                Write.of("POST /training/modules/{id}/edit").allowedTo(COORDINATOR)
                        .request(f -> post("/training/modules/" + f.training().freeModule() + "/edit")
                                .param("title", f.unique("Matrix gratis "))
                                .param("providerId", String.valueOf(f.training().provider())).param("cost", "0")
                                .param("payer", "VDAB").param("onDemand", "true")),
                Write.of("POST /training/modules/{id}/moments").allowedTo(COORDINATOR)
                        .request(f -> post("/training/modules/" + f.training().freeModule() + "/moments")
                                .param("day", f.today().plusDays(20).toString()).param("start", "09:00")
                                .param("end", "12:00")),
                Write.of("POST /candidates/{candidateId}/enrolments").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post(f.dossier(f.candidates().inExploration()) + "/enrolments")
                                .param("choice", String.valueOf(f.training().freeModule()))),
                Write.of("POST /tasks/{taskId}/training-approval").allowedTo(COORDINATOR)
                        .request(f -> post(f.training().approvalTask(f, "coordinator") + "/training-approval")
                                .param("decision", "REFUSE").param("reason", "Budget op")),
                Write.of("POST /training/enrolments/{id}/attended").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post("/training/enrolments/" + f.training().agreed() + "/attended")),
                Write.of("POST /training/enrolments/{id}/absent").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post("/training/enrolments/" + f.training().agreed() + "/absent")),
                Write.of("POST /training/enrolments/{id}/undo").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post("/training/enrolments/" + f.training().absent() + "/undo")
                                .param("reason", "Verkeerde knop")),
                Write.of("POST /training/enrolments/{id}/certificate").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> multipart("/training/enrolments/" + f.training().attended() + "/certificate")
                                .file(new MockMultipartFile("file", "attest.pdf", "application/pdf",
                                        "%PDF-1.4\n% attest\n".getBytes(StandardCharsets.US_ASCII)))));
    }
}
