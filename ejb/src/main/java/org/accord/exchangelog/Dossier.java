package org.accord.exchangelog;

import java.time.Instant;

/**
 * A dossier export that was checked and recorded ({@link DossierService#open}) and is ready to be written
 * ({@link DossierService#write}): the query with the country it is scoped to, and the log entry of the
 * export.
 */
public record Dossier(DossierQuery query, long exportSeq, Instant exportedAt, String exportedBy) {
}
