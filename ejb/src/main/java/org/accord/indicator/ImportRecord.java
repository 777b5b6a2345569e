package org.accord.indicator;

import java.util.List;

/**
 * What one record of an import body holds (a line of CSV or JSON lines, an object of a STIX bundle): the
 * indicators it gives, and for a STIX object Accord does not reduce to indicators, the object kept as context.
 */
record ImportRecord(List<IndicatorLine> indicators, ContextObject context) {

    /** A record that holds nothing to store (a blank line, a header, an object the export writes anyway). */
    static final ImportRecord NOTHING = new ImportRecord(List.of(), null);

    static ImportRecord of(IndicatorLine line) {
        return new ImportRecord(List.of(line), null);
    }
}
