package org.accord.taxii;

/**
 * One answer of a collection's objects or manifest: the JSON body (a TAXII envelope or manifest) and the
 * {@code date_added} of its first and last object for the {@code X-TAXII-Date-Added-First/-Last} headers (null when
 * the page is empty).
 */
public record TaxiiPage(String body, String firstAdded, String lastAdded) {
}
