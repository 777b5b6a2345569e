package org.accord.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One distinct indicator of a report (docs/indicators.md, "Data"). Rows are written in bulk by
 * {@link IndicatorImporter}, never through this mapping, which reads and re-routes them.
 */
@Entity
@Table(name = "indicator")
@IdClass(Indicator.Key.class)
public class Indicator {

    /** Report id and number within the report. */
    public static class Key implements Serializable {
        long reportId;
        int n;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.reportId == reportId && k.n == n;
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, n);
        }
    }

    @Id
    @Column(name = "report_id")
    private long reportId;

    @Id
    private int n;

    @Column(nullable = false)
    private String kind;

    @Column(name = "val", nullable = false)
    private String value;

    @Column(nullable = false)
    private String role;

    @Column(name = "first_seen")
    private Instant firstSeen;

    @Column(name = "last_seen")
    private Instant lastSeen;

    @Column(nullable = false)
    private String routing;

    @Column(name = "routed_country")
    private String routedCountry;

    protected Indicator() {
    }

    public long getReportId() {
        return reportId;
    }

    public int getN() {
        return n;
    }

    public IndicatorType getType() {
        return IndicatorType.fromWire(kind).orElseThrow();
    }

    public String getValue() {
        return value;
    }

    public IndicatorRole getRole() {
        return IndicatorRole.fromWire(role).orElseThrow();
    }

    public Instant getFirstSeen() {
        return firstSeen;
    }

    public Instant getLastSeen() {
        return lastSeen;
    }

    public Routing getRouting() {
        return Routing.fromWire(routing).orElseThrow();
    }

    public String getRoutedCountry() {
        return routedCountry;
    }

    void route(Route route) {
        this.routing = route.routing().wire();
        this.routedCountry = route.country();
    }
}
