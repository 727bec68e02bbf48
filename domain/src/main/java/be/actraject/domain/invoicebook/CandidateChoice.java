package be.actraject.domain.invoicebook;

/** A candidate the book can be narrowed to: one who has invoices the actor sees. */
public record CandidateChoice(long id, String name) {
}
