package be.actraject.web.earnings;

import be.actraject.domain.access.Actor;
import be.actraject.domain.earnings.ExtraEarningsStatement;
import be.actraject.domain.earnings.ExtraEarningsStatements;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.pdf.Pdfs;
import be.actraject.web.system.Attachments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Map;

/**
 * A month's extra-earnings statement as PDF, for the benefits office: the candidate, the month, the hours, every
 * figure of the computation and the cap it respects.
 */
@Controller
class StatementController {

    private final ExtraEarningsStatements statements;
    private final Caseload caseload;
    private final Pdfs pdfs;

    StatementController(ExtraEarningsStatements statements, Caseload caseload, Pdfs pdfs) {
        this.statements = statements;
        this.caseload = caseload;
        this.pdfs = pdfs;
    }

    @GetMapping("/statements/{statementId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long statementId, Actor actor) {
        ExtraEarningsStatement statement = statements.statement(statementId, actor);
        Trajectory trajectory = caseload.trajectory(statement.getTrajectoryId(), actor);
        byte[] pdf = pdfs.render("earnings/statement-document", Map.of(
                "statement", statement,
                "payout", statement.computation(),
                "candidate", trajectory.getCandidate()));
        String name = "uitbetaling-" + statement.getStatementMonth() + "-" + trajectory.getCandidate().getId()
                + ".pdf";
        return Attachments.of(pdf, MediaType.APPLICATION_PDF, name);
    }
}
