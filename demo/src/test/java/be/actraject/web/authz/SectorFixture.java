package be.actraject.web.authz;

import be.actraject.domain.access.Actor;
import be.actraject.domain.sector.ExpertEntry;
import be.actraject.domain.sector.Experts;
import be.actraject.domain.sector.SectorGroupEntry;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.workflow.Role;
import org.springframework.context.ApplicationContext;

/**
 * What the sector rows of the matrix post about, made on first use: a sector group whose contact person is
 * {@code coach} (the coach of the matrix's candidates, so "the coach of the candidate" keeps the group and "another
 * coach" neither keeps it nor sees it), and an expert in the register.
 */
final class SectorFixture {

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    private final SectorGroups groups;
    private final Experts experts;
    private Long group;
    private Long expert;

    SectorFixture(ApplicationContext context) {
        this.groups = context.getBean(SectorGroups.class);
        this.experts = context.getBean(Experts.class);
    }

    long group() {
        if (group == null) {
            group = groups.create(new SectorGroupEntry("Matrix-sectorgroep", "I — Horeca", null, "coach"),
                    COORDINATOR).getId();
        }
        return group;
    }

    long expert() {
        if (expert == null) {
            expert = experts.register(new ExpertEntry("Matrix Expert", "Boekhouding", null,
                    "matrix-expert@example.be", null, null), COORDINATOR).getId();
        }
        return expert;
    }
}
