package org.accord.taxii.rest;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Content negotiation for TAXII (docs/taxii.md, "Endpoints"): {@code application/taxii+json;version=2.1}, or plain
 * JSON for a client that accepts only that. JAX-RS ignores media type parameters when it matches, so a client asking
 * for another TAXII version would get 2.1 without this check; it gets 406.
 */
final class TaxiiMediaTypes {

    static final String TAXII = "application/taxii+json;version=2.1";
    static final MediaType TAXII_TYPE = MediaType.valueOf(TAXII);

    private TaxiiMediaTypes() {
    }

    /** The answer's media type for this request's {@code Accept} (in the client's order of preference). */
    static MediaType choose(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            boolean anyApplication = accepted.getType().equals("application") && accepted.isWildcardSubtype();
            if (accepted.isWildcardType() || anyApplication) {
                return TAXII_TYPE;
            }
            if (accepted.getType().equals("application") && accepted.getSubtype().equals("taxii+json")) {
                String version = accepted.getParameters().get("version");
                if (version == null || version.equals("2.1")) {
                    return TAXII_TYPE;
                }
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !accepted.isWildcardSubtype()) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
        }
        throw new NotAcceptableException("This server answers " + TAXII + " (or application/json)");
    }
}
