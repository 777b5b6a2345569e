package org.accord.exchangelog;

import static org.accord.caller.Roles.AUDITOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.accord.caller.Caller;
import org.accord.caller.TenantScope;
import org.accord.common.InvalidInputException;
import org.accord.common.NotFoundException;
import org.accord.exchangelog.files.FrontierJson;
import org.accord.exchangelog.files.LogFiles;
import org.accord.exchangelog.files.TreeHeadsJson;
import org.accord.exchangelog.merkle.CompactRange;
import org.accord.exchangelog.treehead.Ed25519Keys;
import org.accord.exchangelog.treehead.SignedTreeHead;

/**
 * Downloads of the log for offline verification (docs/exchange-log-format.md §5), by every auditor. To
 * check the Merkle tree offline one needs every leaf, but a national auditor may read only the entries
 * that involve its country: so every entry of the range is in the download, those it may see in full
 * and the others as their leaf hash only. The oversight body's auditors get every entry in full.
 * <p>
 * Two steps, like dossiers: {@link #open} checks the range and records the download
 * ({@code exchange-log.download}) in its own short transaction; {@link #writeZip} then streams outside any
 * transaction, reading the entries in batches, so a download of millions of entries holds no lock and
 * keeps memory flat.
 */
@Stateless
@RolesAllowed(AUDITOR)
public class LogExport {

    static final String README = "README.txt";

    @Inject
    ExchangeLogRepository repository;

    @Inject
    LeafHashStore leafHashes;

    @Inject
    TreeHeadPublisher publisher;

    @Inject
    ExchangeLog log;

    @Inject
    TenantScope tenant;

    @Inject
    SigningKey signingKey;

    /**
     * Checks the range and records the download: {@code start} 0 or the size of a signed tree head (the
     * verifier ties the entries before it to that head through {@code frontier.json}); {@code end} the size
     * of a signed tree head at or after {@code start}, or null for the log as it is when written.
     */
    public LogDownload open(long start, Long end) {
        if (start < 0) {
            throw new InvalidInputException("start", "must be 0 or the size of a signed tree head");
        }
        if (start > 0 && repository.treeHead(start) == null) {
            throw new InvalidInputException("start", "must be 0 or the size of a signed tree head: no head of size "
                    + start);
        }
        if (end != null) {
            if (repository.treeHead(end) == null) {
                throw new NotFoundException("No signed tree head of size " + end);
            }
            if (end < start) {
                throw new InvalidInputException("end", "must not be smaller than start");
            }
        }
        Caller caller = tenant.caller();
        String scope = tenant.readableCountry().map(c -> "entries of " + c + " in full, others as leaf hash")
                .orElse("every entry in full");
        log.append(new LogEvent("exchange-log.download", List.of(caller.country()), "exchange-log",
                start + "-" + (end == null ? "latest" : end), null, scope));
        return new LogDownload(start, end);
    }

    /**
     * Writes the zip a country's verifier reads: {@code entries.jsonl}, {@code tree-heads.json} (the heads
     * from start to end), {@code public-key.pem}, {@code frontier.json} when the range starts after 0, and a
     * README. Returns the size of the tree head the download ends at.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long writeZip(LogDownload download, OutputStream out) {
        long end = end(download);
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(LogFiles.ENTRIES));
            writeEntries(download.start(), end, zip);
            zip.closeEntry();
            put(zip, LogFiles.TREE_HEADS, TreeHeadsJson.write(treeHeads(download.start(), end)));
            put(zip, LogFiles.PUBLIC_KEY, Ed25519Keys.toPem(signingKey.publicKey()).getBytes(StandardCharsets.US_ASCII));
            if (download.start() > 0) {
                CompactRange before = new CompactRange();
                leafHashes.forEachEntry(download.start(),
                        entry -> before.append(Base64.getDecoder().decode(entry.getLeafHash())));
                put(zip, LogFiles.FRONTIER, FrontierJson.write(before));
            }
            put(zip, README, readme(download.start(), end).getBytes(StandardCharsets.UTF_8));
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return end;
    }

    /** Writes {@code entries.jsonl} alone, for entries {@code [start, end)}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void writeEntries(LogDownload download, OutputStream out) {
        try {
            writeEntries(download.start(), end(download), out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long end(LogDownload download) {
        return download.end() != null ? download.end() : publisher.publish().getSize();
    }

    private void writeEntries(long start, long end, OutputStream out) throws IOException {
        String country = tenant.readableCountry().orElse(null);
        leafHashes.forEachEntry(start, end, entry -> {
            try {
                out.write(DownloadLines.of(entry, country));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<SignedTreeHead> treeHeads(long start, long end) {
        Base64.Decoder base64 = Base64.getDecoder();
        return repository.treeHeads().stream().filter(h -> h.getSize() >= start && h.getSize() <= end)
                .sorted(Comparator.comparingLong(TreeHead::getSize))
                .map(h -> new SignedTreeHead(h.getSize(), base64.decode(h.getRootHash()), h.getAt(),
                        base64.decode(h.getSignature())))
                .toList();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private String readme(long start, long end) {
        String who = tenant.readableCountry().map(c -> "Entries that involve " + c + " are given in full; the others"
                + " as {\"seq\":N,\"leafHash\":\"...\"} only: their leaf hashes are needed to rebuild the Merkle"
                + " tree, and do not show their fields.").orElse("Every entry is given in full.");
        return String.join("\n",
                "Accord exchange log, entries " + start + " to " + (end - 1) + " (" + (end - start) + " entries), for"
                        + " offline verification.",
                who,
                "",
                "Verify with the Accord offline verifier (plain Java 17, no network):",
                "    java -jar accord-verifier.jar THIS.zip",
                "(or unzip into a folder and give the folder). It checks the tree heads' signatures against",
                "public-key.pem - compare that key with the one the portal's operator gave you - every entry's",
                "hash, the order of the entries, and the root of every tree head; it names the first bad entry.",
                "Format: docs/exchange-log-format.md in the Accord repository.",
                "");
    }
}
