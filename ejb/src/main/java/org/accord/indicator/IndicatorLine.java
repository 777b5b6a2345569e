package org.accord.indicator;

import java.time.Instant;

/** One valid line of an import, normalised, with its routing decided. */
record IndicatorLine(long line, Normalised value, IndicatorRole role, Instant firstSeen, Instant lastSeen, Route route) {
}
