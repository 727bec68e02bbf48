package be.actraject.domain.sector;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.LocalDate;

/**
 * A group of candidates who want to work, or already work, in the same sector, across learning groups. The sector is
 * a label the coordinators keep as data (a NACE-BEL section or their own word), not a fixed list.
 */
@Entity
public class SectorGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String sector;
    private String description;
    private String contactPerson;
    private String createdBy;
    private LocalDate createdOn;
    /** The day the group ended; its members and meetings stay as its history. */
    private LocalDate closedOn;
    private String closedBy;

    protected SectorGroup() {
    }

    SectorGroup(SectorGroupEntry entry, String createdBy, LocalDate createdOn) {
        this.name = Typed.clean(entry.name());
        this.sector = Typed.clean(entry.sector());
        this.description = Typed.cleanLines(entry.description());
        this.contactPerson = entry.contactPerson();
        this.createdBy = createdBy;
        this.createdOn = createdOn;
    }

    /** A coordinator's correction or change of name, sector, description or contact person. */
    void change(SectorGroupEntry entry) {
        this.name = Typed.clean(entry.name());
        this.sector = Typed.clean(entry.sector());
        this.description = Typed.cleanLines(entry.description());
        this.contactPerson = entry.contactPerson();
    }

    void close(LocalDate on, String by) {
        this.closedOn = on;
        this.closedBy = by;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    /** Whether this user is the group's contact person, who keeps its members and meetings with the coordinators. */
    public boolean hasContactPerson(String userId) {
        return contactPerson.equals(userId);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSector() {
        return sector;
    }

    public String getDescription() {
        return description;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedBy() {
        return closedBy;
    }
}
