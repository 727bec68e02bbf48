package be.actraject.domain.find;

import be.actraject.domain.trajectory.Trajectory;

import java.util.List;

/**
 * What a search found within the searcher's caseload, each list at most the limit asked for.
 *
 * @param candidates the latest visible trajectory of each candidate found, with its candidate, by name
 * @param customers  customers by name, with the candidate they belong to
 * @param invoices   issued invoices (and credit notes) by number, with their candidate
 * @param more       whether some list was cut at the limit: the full results page shows more
 */
public record Findings(List<Trajectory> candidates, List<Hit> customers, List<Hit> invoices, boolean more) {

    public static final Findings NONE = new Findings(List.of(), List.of(), List.of(), false);

    public boolean isEmpty() {
        return candidates.isEmpty() && customers.isEmpty() && invoices.isEmpty();
    }

    /**
     * A customer or an invoice found.
     *
     * @param id            the customer's or the invoice's id
     * @param label         the customer's name, or the invoice's number
     * @param detail        for an invoice its customer's name, for a customer its e-mail address (or null)
     * @param candidateId   the candidate it belongs to
     * @param candidateName the candidate's full name
     */
    public record Hit(long id, String label, String detail, long candidateId, String candidateName) {
    }
}
