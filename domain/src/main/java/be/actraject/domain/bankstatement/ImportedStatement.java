package be.actraject.domain.bankstatement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A statement ({@code Stmt/Id}) of the account, recorded once: the same statement imported again changes nothing. */
@Entity
@Table(name = "bank_statement")
class ImportedStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long importId;
    private String account;
    private String reference;

    protected ImportedStatement() {
    }

    ImportedStatement(Long importId, String account, String reference) {
        this.importId = importId;
        this.account = account;
        this.reference = reference;
    }

    Long getImportId() {
        return importId;
    }
}
