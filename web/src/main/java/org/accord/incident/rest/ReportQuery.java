package org.accord.incident.rest;

import java.util.Arrays;
import org.accord.common.InvalidInputException;
import org.accord.incident.ReportFilter;
import org.accord.incident.ReportStatus;
import org.accord.incident.Rsit;
import org.accord.incident.Tlp;
import org.accord.web.QueryParams;

/** Turns the list's query parameters into a filter, naming the parameter that is wrong. */
final class ReportQuery {

    private ReportQuery() {
    }

    static ReportFilter filter(String status, String tlp, String rsitClass, String from, String to, String sort,
            String page, String size) {
        return new ReportFilter(status(status), tlp(tlp), rsitClass(rsitClass), QueryParams.instant("from", from, false),
                QueryParams.instant("to", to, true), sort, QueryParams.number("page", page), QueryParams.number("size", size));
    }

    private static String rsitClass(String value) {
        String rsitClass = blankToNull(value);
        if (rsitClass != null && !Rsit.isClass(rsitClass)) {
            throw new InvalidInputException("rsitClass", "must be an RSIT incident class such as malicious-code");
        }
        return rsitClass;
    }

    private static ReportStatus status(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        return Arrays.stream(ReportStatus.values()).filter(s -> s.wire().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "must be draft, submitted, triaged or closed"));
    }

    private static Tlp tlp(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        // a '+' that was not percent-encoded arrives as a space
        return Tlp.fromLabel(value.replace(' ', '+'))
                .orElseThrow(() -> new InvalidInputException("tlp", "must be a TLP 2.0 label"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
