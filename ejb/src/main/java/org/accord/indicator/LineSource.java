package org.accord.indicator;

import java.io.IOException;
import java.io.Reader;

/** A CSV or JSON-lines body as records: one line each; blank lines and the CSV header hold nothing. */
final class LineSource implements RecordSource {

    private final LineReader lines;
    private final LineParser parser;

    LineSource(Reader body, LineParser parser) {
        this.lines = new LineReader(body);
        this.parser = parser;
    }

    @Override
    public boolean next() throws IOException {
        return lines.next();
    }

    @Override
    public long number() {
        return lines.number();
    }

    @Override
    public ImportRecord read() throws LineParser.BadLine {
        if (lines.isBlank() || parser.isHeader(lines.number(), lines.text())) {
            return ImportRecord.NOTHING;
        }
        if (lines.tooLong()) {
            throw new LineParser.BadLine(lines.text(), "line is longer than " + LineReader.MAX_LINE + " characters");
        }
        return ImportRecord.of(parser.parse(lines.number(), lines.text()));
    }
}
