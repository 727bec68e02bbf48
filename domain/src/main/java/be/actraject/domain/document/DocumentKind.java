package be.actraject.domain.document;

/** What a document in the dossier is, for finding it again. */
public enum DocumentKind {
    BUSINESS_PLAN,
    CV,
    CERTIFICATE,
    AGREEMENT,
    QUOTE,
    CORRESPONDENCE,
    OTHER
}
