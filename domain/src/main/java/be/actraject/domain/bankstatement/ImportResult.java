package be.actraject.domain.bankstatement;

/**
 * The import an upload led to.
 *
 * @param importId        the import whose summary to show: the new one, or the earlier one of the same file
 * @param alreadyImported every statement of the file had been imported before: nothing changed
 */
public record ImportResult(long importId, boolean alreadyImported) {
}
