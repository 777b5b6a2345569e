/** The REST edge of indicators (docs/indicators.md): import, listing, routing, per-country requests. */
package org.accord.indicator.rest;
