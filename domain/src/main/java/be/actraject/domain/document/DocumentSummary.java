package be.actraject.domain.document;

import java.time.Instant;

/** A document as a list shows it, without its content. */
public record DocumentSummary(long id, DocumentKind kind, String fileName, String mediaType, long sizeBytes,
                              String uploadedBy, Instant uploadedAt) {
}
