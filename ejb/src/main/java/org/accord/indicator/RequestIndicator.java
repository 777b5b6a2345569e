package org.accord.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * An indicator that a cooperation request carries: the snapshot taken when the request was sent of the
 * report's indicators routed to the requested country (docs/indicators.md, "One request per country").
 */
@Entity
@Table(name = "cooperation_request_indicator")
@IdClass(RequestIndicator.Key.class)
public class RequestIndicator {

    /** Request, report and number within the report. */
    public static class Key implements Serializable {
        long requestId;
        long reportId;
        int n;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.requestId == requestId && k.reportId == reportId && k.n == n;
        }

        @Override
        public int hashCode() {
            return Objects.hash(requestId, reportId, n);
        }
    }

    @Id
    @Column(name = "request_id")
    private long requestId;

    @Id
    @Column(name = "report_id")
    private long reportId;

    @Id
    private int n;

    protected RequestIndicator() {
    }
}
