package be.actraject.domain.access;

import be.actraject.workflow.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of change to a candidate's dossier, each with the roles whose work it is. The roles are half the rule:
 * whoever makes a change must also see the candidate through one of those roles (the caseload rule, see
 * {@code be.actraject.domain.trajectory.DossierChanges}), so that nobody writes where they may not read.
 * Administrators are in none of them: they repair trajectories through the watch, which audits every repair, and do
 * not write in dossiers.
 */
public enum DossierChange {

    /**
     * The coaching record: conversations, Entre-spiegel assessments, the plan, deliverables, prospecting
     * activities, documents and aftercare contacts. The coaches' work, and the coordinators' who follow it; office
     * staff do not even read it.
     */
    COACHING_RECORD("change the coaching record", Role.COACH, Role.COORDINATOR),

    /**
     * Invoicing work: customers, quotes (and declining one), invoices and their corrections, credit notes, the costs
     * of the activity. The coach drafts with the candidate; the office and the coordinators do the same.
     */
    INVOICING("do invoicing work", Role.COACH, Role.OFFICE, Role.COORDINATOR),

    /**
     * The candidate's personal data: name, address, how to reach them, job seeker number, business idea. Their own
     * coach keeps it right, and the coordinators; a coach who only leads the candidate's learning group does not
     * (see {@code be.actraject.domain.trajectory.PersonalDataCorrections}).
     */
    PERSONAL_DATA("correct personal data", Role.COACH, Role.COORDINATOR),

    /** Payments received and reminders to customers: the office's follow-up, and the coordinators'. */
    PAYMENT_FOLLOW_UP("follow up payments", Role.OFFICE, Role.COORDINATOR);

    private final String action;
    private final Set<Role> roles;

    DossierChange(String action, Role first, Role... more) {
        this.action = action;
        this.roles = Set.copyOf(EnumSet.of(first, more));
    }

    /** The roles whose work this is. */
    public Set<Role> roles() {
        return roles;
    }

    /**
     * The actor as far as this change is concerned: their user id with only the roles whose work it is, so that the
     * caseload rule is applied with those roles alone (an administrator who is also a coach writes as a coach, in
     * their own caseload, not in every dossier the administrator role lets them read).
     *
     * @throws NotPermittedException when none of the actor's roles makes this change
     */
    public Actor asMaker(Actor actor) {
        Set<Role> making = EnumSet.noneOf(Role.class);
        actor.roles().stream().filter(roles::contains).forEach(making::add);
        if (making.isEmpty()) {
            throw new NotPermittedException(actor.userId(), action);
        }
        return new Actor(actor.userId(), making);
    }

    /** Whether any of the actor's roles makes this change; the caseload rule still applies. */
    public boolean allows(Actor actor) {
        return actor.roles().stream().anyMatch(roles::contains);
    }
}
