package be.actraject.domain.sector;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A sector group as the coordinator starts it; the contact person is a coach's or coordinator's user id. */
public record SectorGroupEntry(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String sector,
                               @Size(max = 1000) String description, @NotBlank @Size(max = 64) String contactPerson) {
}
