/**
 * Indicators of incident reports (docs/indicators.md): normalised values, streaming ingest in one
 * transaction, routing to the country whose declared constituency contains them, and the per-country
 * requests that carry them.
 */
package org.accord.indicator;
