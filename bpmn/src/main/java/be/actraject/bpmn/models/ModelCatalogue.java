package be.actraject.bpmn.models;

import java.time.Instant;
import java.util.List;

/**
 * The model list: every model with its versions.
 *
 * @param models    by kind and key, each with its versions, the latest first
 * @param countedAt when what runs on the versions was counted, when those counts are kept a while (at most
 *                  {@code actraject.models.statistics-max-age}, {@link KeptModelStatistics}); null when counted for
 *                  this page
 */
public record ModelCatalogue(List<ModelSummary> models, Instant countedAt) {
}
