package be.actraject.web.sector;

import be.actraject.domain.sector.SectorGroup;
import be.actraject.domain.sector.SectorGroupEntry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A sector group as a coordinator starts or changes it. */
public class SectorGroupForm {

    @NotBlank
    @Size(max = 100)
    private String name;
    @NotBlank
    @Size(max = 100)
    private String sector;
    @Size(max = 1000)
    private String description;
    @NotBlank
    @Size(max = 64)
    private String contactPerson;

    /** The form to change a group, filled with what it is now. */
    static SectorGroupForm of(SectorGroup group) {
        SectorGroupForm form = new SectorGroupForm();
        form.setName(group.getName());
        form.setSector(group.getSector());
        form.setDescription(group.getDescription());
        form.setContactPerson(group.getContactPerson());
        return form;
    }

    SectorGroupEntry toEntry() {
        return new SectorGroupEntry(name, sector, description, contactPerson);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Typed.clean(name);
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = Typed.clean(sector);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        // A text area: folded by the forms' text binding (web.text), which keeps its lines.
        this.description = description;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = Typed.clean(contactPerson);
    }
}
