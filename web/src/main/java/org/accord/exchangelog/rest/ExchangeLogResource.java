package org.accord.exchangelog.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.accord.exchangelog.ExchangeLogService;
import org.accord.exchangelog.LogDownload;
import org.accord.exchangelog.LogExport;
import org.accord.exchangelog.LogFilter;
import org.accord.exchangelog.Verification;
import org.accord.exchangelog.treehead.Ed25519Keys;
import org.accord.web.QueryParams;
import org.accord.web.Attachments;

/**
 * The exchange log: filtered entries, signed tree heads, inclusion and consistency proofs, the
 * public key, downloads for the offline verifier, and "verify now". Read-only.
 */
@Path("exchange-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeLogResource {

    public record EntryPage(List<LogEntryView> items, int page, int size, long total) {
    }

    public record Proof(long seq, long treeSize, List<String> path) {
    }

    public record Consistency(long from, long to, List<String> proof) {
    }

    @Inject
    ExchangeLogService log;

    @Inject
    LogExport export;

    @GET
    @Path("entries")
    public EntryPage entries(@QueryParam("partner") String partner, @QueryParam("action") String action,
            @QueryParam("objectId") String objectId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        var result = log.entries(new LogFilter(blankToNull(partner), blankToNull(action), blankToNull(objectId),
                QueryParams.instant("from", from, false), QueryParams.instant("to", to, true),
                QueryParams.number("page", page), QueryParams.number("size", size)));
        return new EntryPage(result.items().stream().map(LogEntryView::of).toList(), result.page(), result.size(),
                result.total());
    }

    @GET
    @Path("tree-heads")
    public List<TreeHeadView> treeHeads() {
        return log.treeHeads().stream().map(TreeHeadView::of).toList();
    }

    @GET
    @Path("tree-heads/latest")
    public TreeHeadView latest() {
        return TreeHeadView.of(log.latestTreeHead());
    }

    @POST
    @Path("tree-heads")
    public TreeHeadView publish() {
        return TreeHeadView.of(log.publishTreeHead());
    }

    @GET
    @Path("proofs/inclusion")
    public Proof inclusion(@QueryParam("seq") String seq, @QueryParam("treeSize") String treeSize) {
        long leaf = QueryParams.number("seq", seq);
        long size = QueryParams.number("treeSize", treeSize);
        return new Proof(leaf, size, log.inclusionProof(leaf, size));
    }

    @GET
    @Path("proofs/consistency")
    public Consistency consistency(@QueryParam("from") String from, @QueryParam("to") String to) {
        long first = QueryParams.number("from", from);
        long second = QueryParams.number("to", to);
        return new Consistency(first, second, log.consistencyProof(first, second));
    }

    /** The portal's Ed25519 public key (X.509 SubjectPublicKeyInfo), PEM, for verifiers. */
    @GET
    @Path("public-key")
    @Produces("application/x-pem-file")
    public String publicKey() {
        return Ed25519Keys.toPem(Ed25519Keys.fromBase64Der(log.publicKey()));
    }

    /**
     * Entries {@code [start, end)} as {@code entries.jsonl} for the offline verifier (auditors; a national
     * auditor gets the entries of other countries as their leaf hash only). {@code end} defaults to the
     * log's size now, with a tree head published for it.
     */
    @GET
    @Path("export/entries.jsonl")
    @Produces("application/x-ndjson")
    public StreamingOutput export(@QueryParam("start") @DefaultValue("0") String start,
            @QueryParam("end") String end) {
        LogDownload download = export.open(QueryParams.number("start", start), optionalNumber("end", end));
        return out -> export.writeEntries(download, out);
    }

    /**
     * Everything the offline verifier needs, as one zip: {@code entries.jsonl} {@code [start, end)},
     * {@code tree-heads.json}, {@code public-key.pem}, {@code frontier.json} (when {@code start > 0}) and a
     * README (docs/exchange-log-format.md §5). Auditors; national auditors get the entries of other countries
     * as their leaf hash only.
     */
    @GET
    @Path("export/log.zip")
    @Produces("application/zip")
    public Response exportZip(@QueryParam("start") @DefaultValue("0") String start, @QueryParam("end") String end) {
        LogDownload download = export.open(QueryParams.number("start", start), optionalNumber("end", end));
        StreamingOutput zip = out -> export.writeZip(download, out);
        return Attachments.of(zip, "application/zip", "accord-log-" + download.start() + "-"
                + (end == null ? "latest" : download.end()) + ".zip");
    }

    @POST
    @Path("verify")
    public Verification verify() {
        return log.verifyNow();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Long optionalNumber(String name, String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(QueryParams.number(name, value));
    }
}
