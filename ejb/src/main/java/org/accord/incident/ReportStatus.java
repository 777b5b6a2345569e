package org.accord.incident;

/**
 * Life of a report: a draft is filed, submitted to the country's CERT, triaged by its liaison and
 * finally closed. A closed report no longer changes.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, TRIAGED, CLOSED;

    public String wire() {
        return name().toLowerCase();
    }

    public boolean canMoveTo(ReportStatus next) {
        return switch (next) {
            case SUBMITTED -> this == DRAFT;
            case TRIAGED -> this == SUBMITTED;
            case CLOSED -> this == SUBMITTED || this == TRIAGED;
            case DRAFT -> false;
        };
    }
}
