package org.accord.exchangelog.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.entry.LogEntry;
import org.accord.exchangelog.json.CanonicalJsonWriter;
import org.accord.exchangelog.json.JsonValues;
import org.accord.exchangelog.treehead.SignedTreeHead;

/**
 * {@code dossier.jsonl}: the machine-readable content of an audit dossier, which the portal embeds in the
 * dossier's PDF as an attached file. The first line is the header: format, what the dossier covers, who
 * exported it, the signed tree head and the portal's public key:
 * <pre>
 * {"format":"accord-dossier-v1","subject":"...","filter":"...","scope":"...","exportedBy":"...",
 *  "exportedAt":"...","exportSeq":17,"treeHead":{"size":..,"rootHash":"..","time":"..","signature":".."},
 *  "publicKey":"&lt;base64 DER&gt;"}
 * </pre>
 * (one line); then one line per entry, in seq order: the entry's canonical JSON with
 * {@code ,"leafHash":"<base64>","auditPath":["<base64>",...]} added before the closing brace, the audit
 * path leading from the leaf hash to the tree head's root. Streams: memory does not grow with the entries.
 */
public final class DossierJson {

    public static final String FORMAT = "accord-dossier-v1";
    /** The name of the file attached to the PDF. */
    public static final String FILE_NAME = "dossier.jsonl";

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * The first line's facts. {@code exportedBy}, {@code subject}, {@code filter} and {@code scope} are for
     * people; the verifier checks {@code treeHead} with {@code publicKey} (base64 of the X.509 DER).
     */
    public record Header(String subject, String filter, String scope, String exportedBy, Instant exportedAt,
            long exportSeq, SignedTreeHead treeHead, String publicKey) {
    }

    private DossierJson() {
    }

    /** The header line, with its line feed. */
    public static byte[] header(Header header) {
        SignedTreeHead head = header.treeHead();
        Base64.Encoder base64 = Base64.getEncoder();
        return new CanonicalJsonWriter().punctuation('{')
                .name("format").string(FORMAT).punctuation(',')
                .name("subject").string(header.subject()).punctuation(',')
                .name("filter").string(header.filter()).punctuation(',')
                .name("scope").string(header.scope()).punctuation(',')
                .name("exportedBy").string(header.exportedBy()).punctuation(',')
                .name("exportedAt").string(header.exportedAt().toString()).punctuation(',')
                .name("exportSeq").number(header.exportSeq()).punctuation(',')
                .name("treeHead").punctuation('{')
                .name("size").number(head.size()).punctuation(',')
                .name("rootHash").string(base64.encodeToString(head.rootHash())).punctuation(',')
                .name("time").string(MILLIS.format(head.time())).punctuation(',')
                .name("signature").string(base64.encodeToString(head.signature())).punctuation('}').punctuation(',')
                .name("publicKey").string(header.publicKey()).punctuation('}').punctuation('\n')
                .toByteArray();
    }

    /** Writes one entry line: {@code storedLeafHash} is what the portal logged (base64). */
    public static void writeEntry(OutputStream out, EntryEncoder encoder, LogEntry entry, String storedLeafHash,
            List<byte[]> auditPath) throws IOException {
        byte[] canonical = encoder.canonicalBytes(entry);
        out.write(canonical, 0, canonical.length - 1);
        StringBuilder tail = new StringBuilder(64 + 46 * auditPath.size()).append(",\"")
                .append(EntryLineParser.LEAF_HASH).append("\":\"").append(storedLeafHash).append("\",\"")
                .append(EntryLineParser.AUDIT_PATH).append("\":[");
        for (int i = 0; i < auditPath.size(); i++) {
            tail.append(i == 0 ? "\"" : ",\"").append(Base64.getEncoder().encodeToString(auditPath.get(i))).append('"');
        }
        out.write(tail.append("]}\n").toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws IllegalArgumentException if the line is not a dossier header of this format */
    public static Header readHeader(byte[] utf8) {
        JsonFields fields = new JsonFields(JsonValues.parse(utf8), "the dossier's first line");
        String format = fields.string("format");
        if (!format.equals(FORMAT)) {
            throw new IllegalArgumentException("the dossier's format is \"" + format + "\", not " + FORMAT);
        }
        JsonFields head = new JsonFields(fields.object("treeHead"), "the dossier's tree head");
        SignedTreeHead treeHead = new SignedTreeHead(head.integer("size"), head.base64("rootHash"),
                instant(head.string("time")), head.base64("signature"));
        return new Header(fields.string("subject"), fields.string("filter"), fields.string("scope"),
                fields.string("exportedBy"), instant(fields.string("exportedAt")), fields.integer("exportSeq"),
                treeHead, fields.string("publicKey"));
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not an ISO-8601 UTC instant");
        }
    }
}
