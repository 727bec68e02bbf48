package be.actraject.domain.bankstatement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One upload of a statement file, with the count of each outcome: the import's summary. */
@Entity
@Table(name = "bank_statement_import")
public class StatementImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fileName;
    private Instant importedAt;
    private String importedBy;
    private int paid;
    private int partlyPaid;
    private int toReview;
    private int duplicates;

    protected StatementImport() {
    }

    StatementImport(String fileName, Instant importedAt, String importedBy) {
        this.fileName = fileName == null || fileName.isBlank() ? null
                : fileName.strip().substring(0, Math.min(255, fileName.strip().length()));
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    void count(LineOutcome outcome) {
        switch (outcome) {
            case PAID -> paid++;
            case PARTLY_PAID -> partlyPaid++;
            default -> toReview++;
        }
    }

    void countDuplicate() {
        duplicates++;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public int getPaid() {
        return paid;
    }

    public int getPartlyPaid() {
        return partlyPaid;
    }

    public int getToReview() {
        return toReview;
    }

    public int getDuplicates() {
        return duplicates;
    }
}
