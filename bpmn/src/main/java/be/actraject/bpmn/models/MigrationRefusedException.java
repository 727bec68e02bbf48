package be.actraject.bpmn.models;

/** A migration that cannot run: the engine refuses the plan, or no instance can move. Nothing moved. */
public class MigrationRefusedException extends RuntimeException {

    private final MigrationProposal proposal;

    public MigrationRefusedException(MigrationProposal proposal) {
        super("Migration refused: " + proposal.planProblems() + ", movable: " + proposal.movable().size());
        this.proposal = proposal;
    }

    public MigrationProposal proposal() {
        return proposal;
    }
}
