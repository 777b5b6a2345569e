package org.accord.indicator;

import static org.accord.caller.Roles.AUDITOR;
import static org.accord.caller.Roles.LIAISON;
import static org.accord.caller.Roles.REPORTER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.accord.caller.TenantScope;
import org.accord.common.ConflictException;
import org.accord.common.InvalidInputException;
import org.accord.common.NotFoundException;
import org.accord.country.CountryRepository;
import org.accord.idempotency.IdempotencyKeys;
import org.accord.incident.IncidentReport;

/**
 * Importing indicators into a report (docs/indicators.md, "Ingest", "STIX 2.1 import"). One call is one
 * transaction: the report's row is locked, the body (lines, or a STIX bundle's objects) is streamed through
 * {@link IndicatorImporter} on the transaction's own connection, and the import record is written last; an
 * invalid record (unless skipped), a broken body, a marking above the report's TLP or a database failure rolls
 * all of it back.
 */
@Stateless
@RolesAllowed({REPORTER, LIAISON, AUDITOR})
public class IndicatorService {

    @Resource(lookup = "java:jboss/datasources/AccordDS")
    DataSource dataSource;
    @PersistenceContext
    EntityManager em;
    @Inject
    IndicatorAccess access;
    @Inject
    IndicatorRepository indicators;
    @Inject
    CountryRepository countries;
    @Inject
    TenantScope tenant;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    ImportJobs jobs;
    @Inject
    Clock clock;

    @RolesAllowed({REPORTER, LIAISON})
    public ImportResult importIndicators(String reportReference, ImportFormat format, boolean skipInvalid,
            String idempotencyKey, InputStream body, long declaredLength) {
        IncidentReport report = access.writable(reportReference);
        String user = tenant.caller().user();
        String request = reportReference + "|" + format + "|" + skipInvalid;
        return idempotency.once(user, "indicators.import", idempotencyKey, request,
                () -> run(report, format, skipInvalid, body, declaredLength, user),
                r -> String.valueOf(r.record().getId()), id -> replay(Long.parseLong(id), reportReference));
    }

    private ImportResult run(IncidentReport report, ImportFormat format, boolean skipInvalid, InputStream body,
            long declaredLength, String user) {
        long started = System.nanoTime();
        String job = jobs.start(report, user, format, declaredLength);
        em.find(IncidentReport.class, report.getId(), LockModeType.PESSIMISTIC_WRITE);
        Constituencies constituencies = Constituencies.of(countries.all());
        ImportBody input = new ImportBody(body, declaredLength);
        ImportControl control = lines -> {
            if (jobs.progress(job, lines, input.bytesRead())) {
                throw new ImportCancelledException("Import " + job + " into " + report.getReference()
                        + " was cancelled; nothing was imported");
            }
        };
        try {
            ImportCounts counts = stream(report, format, skipInvalid, input, constituencies, control);
            if (counts.errorCount > 0 && !skipInvalid) {
                throw new ImportRejectedException(counts.errors, counts.errorCount);
            }
            IndicatorImport done = new IndicatorImport(report.getId(), format, skipInvalid, counts,
                    errorsJson(counts.errors.subList(0, Math.min(100, counts.errors.size()))), user,
                    Instant.now(clock), (System.nanoTime() - started) / 1_000_000, job);
            ImportContext kept = format == ImportFormat.STIX ? ImportContext.of(counts) : null;
            done.keptContext(kept);
            indicators.add(done);
            return new ImportResult(done, report.getReference(), counts.errors, counts.errorCount, kept);
        } catch (RuntimeException e) {
            recordEnd(job, e);
            throw e;
        }
    }

    private ImportCounts stream(IncidentReport report, ImportFormat format, boolean skipInvalid, ImportBody input,
            Constituencies constituencies, ImportControl control) {
        try (Connection connection = dataSource.getConnection()) {
            LineParser parser = new LineParser(format, constituencies);
            IndicatorImporter importer = new IndicatorImporter(connection, report.getId(), parser, skipInvalid);
            Reader text = input.reader();
            try (RowSink sink = isPostgres(connection) ? new CopySink(connection) : new BatchSink(connection)) {
                return format == ImportFormat.STIX
                        ? importer.run(stix(text, parser, report), sink, new ContextSink(connection, report.getId()),
                                control)
                        : importer.run(text, sink, control);
            }
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "is not UTF-8 text. Nothing was imported.");
        } catch (IOException e) {
            throw new InvalidInputException("body", "The upload was interrupted (" + e.getMessage()
                    + "). Nothing was imported.");
        } catch (SQLException e) {
            throw new IllegalStateException("Import into " + report.getReference() + " failed: " + e.getMessage(), e);
        }
    }

    /** Keeps how a job ended that did not commit; a failure to keep it must not hide why the import failed. */
    private void recordEnd(String job, RuntimeException cause) {
        String outcome = cause instanceof ImportCancelledException ? "cancelled"
                : cause instanceof ImportRejectedException || cause instanceof InvalidInputException ? "rejected"
                : "failed";
        String detail = cause instanceof InvalidInputException invalid ? invalid.errors().stream()
                .map(e -> e.field() + " " + e.message()).collect(java.util.stream.Collectors.joining("; "))
                : cause.getMessage();
        try {
            jobs.ended(job, outcome, detail);
        } catch (RuntimeException notKept) {
            cause.addSuppressed(notKept);
        }
    }

    /** A STIX bundle's objects as records, against the report's TLP; Accord's identities are the export's own. */
    private StixSource stix(Reader text, LineParser parser, IncidentReport report) {
        Set<String> accord = new HashSet<>();
        countries.all().forEach(c -> accord.add(StixIndicators.identityOf(c.getCode())));
        return new StixSource(text, new StixObjects(new StixIndicatorReader(parser), new StixMarkings(report.getTlp()),
                accord));
    }

    private ImportResult replay(long id, String reportReference) {
        IndicatorImport done = indicators.findImport(id).orElseThrow();
        return new ImportResult(done, reportReference, List.of(), done.getSkipped());
    }

    /** A committed import, for whoever may read its report's indicators. */
    public ImportResult findImport(long id) {
        IndicatorImport done = indicators.findImport(id).orElseThrow(() -> new NotFoundException("No import " + id));
        IncidentReport report = em.find(IncidentReport.class, done.getReportId());
        access.readable(report.getReference());
        return new ImportResult(done, report.getReference(), List.of(), done.getSkipped());
    }

    /** An import job of the caller's country, running or ended (404 for another country's). */
    public ImportProgress job(String jobId) {
        ImportJob job = jobs.find(jobId).filter(j -> tenant.canWriteIndicators(j.getCountry()))
                .orElseThrow(() -> new NotFoundException("No import " + jobId));
        return new ImportProgress(job, jobs.state(job), jobs.committedImport(jobId).orElse(null));
    }

    /** The imports of a report running now, on any node. */
    public List<ImportProgress> runningInto(String reportReference) {
        IncidentReport report = access.writable(reportReference);
        return jobs.runningInto(report.getId()).stream().map(j -> new ImportProgress(j, "running", null)).toList();
    }

    /** Asks a running import to stop: it rolls back at its next progress step, on whichever node runs it. */
    @RolesAllowed({REPORTER, LIAISON})
    public ImportProgress cancel(String jobId) {
        ImportProgress current = job(jobId);
        if (!jobs.requestCancel(jobId)) {
            throw new ConflictException("Import " + jobId + " is " + current.state() + ", not running; there is"
                    + " nothing to cancel");
        }
        return job(jobId);
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    private static String errorsJson(List<LineError> errors) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        errors.forEach(e -> array.add(Json.createObjectBuilder().add("line", e.line()).add("value", e.value())
                .add("reason", e.reason())));
        return array.build().toString();
    }
}
