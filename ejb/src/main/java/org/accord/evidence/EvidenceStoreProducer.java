package org.accord.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The one evidence store of this server: today the directory {@link EvidenceSettings#directory()}. */
@ApplicationScoped
public class EvidenceStoreProducer {

    @Inject
    EvidenceSettings settings;

    @Produces
    @ApplicationScoped
    public EvidenceStore store() {
        return new FileSystemEvidenceStore(settings.directory());
    }
}
