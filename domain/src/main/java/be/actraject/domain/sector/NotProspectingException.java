package be.actraject.domain.sector;

import be.actraject.domain.RefusedException;
import be.actraject.workflow.Phase;

/**
 * Only a candidate in the prospecting joins a sector group: the domain document places sector groups there, with
 * the expert contacts ("naar buiten stappen"), after the exploration has turned the idea into a business plan. An
 * explorer still deciding on a sector has no sector yet to form a group in.
 */
public class NotProspectingException extends RefusedException {

    public NotProspectingException(long trajectoryId, Phase phase) {
        super("sector.member.notProspecting", "Trajectory " + trajectoryId + " in phase " + phase
                + " joins a sector group");
    }
}
