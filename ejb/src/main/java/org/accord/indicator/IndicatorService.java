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
        em.find(IncidentReport.class, report.getId(), LockModeType.PESSIMISTIC_WRITE);
        Constituencies constituencies = Constituencies.of(countries.all());
        ImportCounts counts;
        ImportJobs.Job job = jobs.start(report.getReference(), report.getOwnerCountry(), user, declaredLength);
        try (Connection connection = dataSource.getConnection()) {
            LineParser parser = new LineParser(format, constituencies);
            IndicatorImporter importer = new IndicatorImporter(connection, report.getId(), parser, skipInvalid);
            var text = new ImportBody(body, declaredLength).reader();
            try (RowSink sink = isPostgres(connection) ? new CopySink(connection) : new BatchSink(connection)) {
                counts = format == ImportFormat.STIX
                        ? importer.run(stix(text, parser, report), sink, new ContextSink(connection, report.getId()), job)
                        : importer.run(text, sink, job);
            }
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "is not UTF-8 text. Nothing was imported.");
        } catch (IOException e) {
            throw new InvalidInputException("body", "The upload was interrupted (" + e.getMessage()
                    + "). Nothing was imported.");
        } catch (SQLException e) {
            throw new IllegalStateException("Import into " + report.getReference() + " failed: " + e.getMessage(), e);
        } finally {
            jobs.finish(job);
        }
        if (counts.errorCount > 0 && !skipInvalid) {
            throw new ImportRejectedException(counts.errors, counts.errorCount);
        }
        IndicatorImport done = new IndicatorImport(report.getId(), format, skipInvalid, counts,
                errorsJson(counts.errors.subList(0, Math.min(100, counts.errors.size()))), user,
                Instant.now(clock), (System.nanoTime() - started) / 1_000_000);
        if (format == ImportFormat.STIX) {
            done.keptContext(ImportContext.of(counts));
        }
        indicators.add(done);
        return new ImportResult(done, report.getReference(), counts.errors, counts.errorCount,
                format == ImportFormat.STIX ? ImportContext.of(counts) : null);
    }

    /** A STIX bundle's objects as records, against the report's TLP; Accord's identities are the export's own. */
    private StixSource stix(Reader text, LineParser parser, IncidentReport report) {
        Set<String> accord = new HashSet<>();
        countries.all().forEach(c -> accord.add(StixExport.identityId(c.getCode())));
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

    /** A running import of the caller's country (404 once it has ended, or for another country's). */
    public ImportJobs.Job running(String jobId) {
        return jobs.find(jobId).filter(j -> tenant.canWriteIndicators(j.country()))
                .orElseThrow(() -> new NotFoundException("No running import " + jobId));
    }

    /** The imports of a report running now. */
    public List<ImportJobs.Job> runningInto(String reportReference) {
        access.writable(reportReference);
        return jobs.ofReport(reportReference);
    }

    @RolesAllowed({REPORTER, LIAISON})
    public boolean cancel(String jobId) {
        return running(jobId).cancel();
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
