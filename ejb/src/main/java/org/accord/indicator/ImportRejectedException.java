package org.accord.indicator;

import java.util.List;
import org.accord.common.InvalidInputException;

/** An import refused because of invalid lines (without skip-invalid): nothing was stored. */
public class ImportRejectedException extends InvalidInputException {

    private final List<LineError> lineErrors;
    private final long errorCount;

    ImportRejectedException(List<LineError> lineErrors, long errorCount) {
        super("body", errorCount + " invalid line(s); nothing was imported. Fix them or import with skip-invalid=true");
        this.lineErrors = List.copyOf(lineErrors);
        this.errorCount = errorCount;
    }

    public List<LineError> lineErrors() {
        return lineErrors;
    }

    public long errorCount() {
        return errorCount;
    }
}
