package be.actraject.domain.bankstatement;

import be.actraject.domain.bankstatement.StatementRefusedException.Reason;
import be.actraject.domain.belgium.Iban;
import be.actraject.domain.cooperative.Cooperative;
import com.prowidesoftware.ProwideException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads a CAMT.053 file of the cooperative's account into its statements, or refuses it ({@link CamtScan} for what is
 * checked before parsing). Every statement in the file must be of the cooperative's IBAN: a file of another account
 * is refused whole.
 */
@Component
class CamtReader {

    private final Cooperative cooperative;

    CamtReader(Cooperative cooperative) {
        this.cooperative = cooperative;
    }

    List<BankStatement> read(byte[] file) {
        CamtScan scan = CamtScan.of(file);
        CamtEntryCheck.check(scan.text());
        List<BankStatement> statements;
        try {
            statements = CamtScan.V02.equals(scan.version()) ? Camt053V02.read(scan.text())
                    : Camt053V08.read(scan.text());
        } catch (ProwideException | IllegalArgumentException e) {
            throw new StatementRefusedException(Reason.NOT_CAMT);
        }
        if (statements.isEmpty() || statements.stream().anyMatch(s -> s.reference() == null
                || s.reference().isBlank())) {
            throw new StatementRefusedException(Reason.NOT_CAMT);
        }
        Iban ours = cooperative.account();
        for (BankStatement statement : statements) {
            if (statement.account() == null || !Iban.isValid(compact(statement.account()))
                    || !Iban.parse(statement.account()).equals(ours)) {
                throw new StatementRefusedException(Reason.OTHER_ACCOUNT,
                        statement.account() == null ? "?" : statement.account(), ours.formatted());
            }
        }
        return statements;
    }

    private static String compact(String iban) {
        return iban.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }
}
