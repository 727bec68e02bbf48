package be.actraject.domain.training;

/** Who pays a module's cost; a free module (cost 0) names who would have. */
public enum Payer {
    COOPERATIVE,
    CANDIDATE,
    VDAB,
    THIRD_PARTY
}
