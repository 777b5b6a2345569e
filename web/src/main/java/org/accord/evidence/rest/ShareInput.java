package org.accord.evidence.rest;

/** The body of {@code POST /api/evidence/{id}/shares}: the partner country (ISO 3166-1 alpha-2). */
public record ShareInput(String partner) {
}
