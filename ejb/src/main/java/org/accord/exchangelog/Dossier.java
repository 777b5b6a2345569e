package org.accord.exchangelog;

import java.time.Instant;

/**
 * A dossier export that was checked and recorded ({@link DossierService#open}) and is ready to be written
 * ({@link DossierService#write}): the query with the country it is scoped to, and the queue ticket of the
 * log entry that records the export (its position is known once the integrator placed it).
 */
public record Dossier(DossierQuery query, long exportTicket, Instant exportedAt, String exportedBy) {
}
