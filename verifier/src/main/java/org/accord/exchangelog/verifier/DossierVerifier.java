package org.accord.exchangelog.verifier;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.files.DossierJson;
import org.accord.exchangelog.files.EntryLineParser;
import org.accord.exchangelog.files.ParsedEntryLine;
import org.accord.exchangelog.merkle.InclusionProof;
import org.accord.exchangelog.merkle.InvalidProofException;
import org.accord.exchangelog.treehead.Ed25519Keys;
import org.accord.exchangelog.treehead.SignedTreeHead;
import org.accord.exchangelog.treehead.TreeHeadVerifier;

/**
 * Checks an audit dossier on its own (no portal, no log download): the signature of its signed tree head,
 * then each entry: its fields must hash to the leaf hash printed for it, its seq must lie in the tree and
 * come after the previous entry's, and its audit path must lead from that leaf hash to the signed root
 * (RFC 9162 §2.1.3.2). Names the first bad entry. Reads {@code dossier.jsonl} from the PDF's attachment, or
 * a {@code dossier.jsonl} given directly; streams, so memory does not grow with the dossier.
 */
public final class DossierVerifier {

    /**
     * The dossier's file, and optionally the portal's public key as published (null: the key printed in the
     * dossier is used, which shows the dossier is consistent but not that the portal signed it).
     */
    public record Inputs(Path dossier, Path publicKey) {
    }

    /**
     * The result: one line per check, the number of entries verified, the size of the signed tree head, and
     * the failure, if any.
     */
    public record Report(List<String> checks, long entries, long treeSize, Optional<Failure> failure) {

        public Report {
            checks = List.copyOf(checks);
        }

        public boolean ok() {
            return failure.isEmpty();
        }

        /** {@code OK: N entries of the dossier verified ...} or the failure's {@link Failure#summary()}. */
        public String summary() {
            return failure.map(Failure::summary).orElse("OK: " + entries + (entries == 1 ? " entry" : " entries")
                    + " of the dossier verified against the signed tree head size=" + treeSize);
        }
    }

    public Report verify(Inputs inputs) throws UnreadableInputException {
        return verify(inputs, line -> { });
    }

    /** Verifies, handing each check's line to {@code progress} as soon as it is known. */
    public Report verify(Inputs inputs, Consumer<String> progress) throws UnreadableInputException {
        List<String> checks = new ArrayList<>();
        Consumer<String> out = line -> {
            checks.add(line);
            progress.accept(line);
        };
        try (InputStream in = open(inputs.dossier(), out)) {
            byte[] first = line(in);
            if (first == null) {
                throw new UnreadableInputException("the dossier " + inputs.dossier() + " is empty", null);
            }
            DossierJson.Header header;
            try {
                header = DossierJson.readHeader(first);
            } catch (IllegalArgumentException e) {
                throw new UnreadableInputException("cannot read the dossier's first line: " + e.getMessage(), e);
            }
            out.accept("dossier: " + header.subject());
            out.accept("dossier: exported by " + header.exportedBy() + " at " + header.exportedAt()
                    + ", recorded as log entry #" + header.exportSeq());
            Failure failure = checkTreeHead(header, inputs.publicKey(), out);
            long[] counts = {0, -1};
            if (failure == null) {
                failure = checkEntries(in, header.treeHead(), out, counts);
            }
            return new Report(checks, failure == null ? counts[0] : 0, header.treeHead().size(),
                    Optional.ofNullable(failure));
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read the dossier " + inputs.dossier() + ": " + e.getMessage(), e);
        }
    }

    /** The dossier's lines: the PDF's attachment, or the file itself when it is not a PDF. */
    private static InputStream open(Path dossier, Consumer<String> out) throws IOException {
        byte[] magic = new byte[5];
        try (InputStream head = Files.newInputStream(dossier)) {
            head.readNBytes(magic, 0, magic.length);
        }
        if (Arrays.equals(magic, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            InputStream attached = PdfEmbeddedFile.open(dossier, DossierJson.FILE_NAME);
            out.accept("dossier: " + DossierJson.FILE_NAME + " attached to " + dossier);
            return attached;
        }
        out.accept("dossier: " + dossier);
        return new BufferedInputStream(Files.newInputStream(dossier), 1 << 16);
    }

    private static Failure checkTreeHead(DossierJson.Header header, Path publishedKey, Consumer<String> out)
            throws UnreadableInputException {
        PublicKey printed;
        try {
            printed = Ed25519Keys.fromBase64Der(header.publicKey());
        } catch (IllegalArgumentException e) {
            return Failure.ofTreeHeads("the public key printed in the dossier is not an Ed25519 key");
        }
        PublicKey key = printed;
        if (publishedKey != null) {
            try {
                key = Ed25519Keys.read(Files.readString(publishedKey));
            } catch (IOException | IllegalArgumentException e) {
                throw new UnreadableInputException("cannot read the public key " + publishedKey + ": " + e.getMessage(), e);
            }
            if (!Arrays.equals(key.getEncoded(), printed.getEncoded())) {
                out.accept("public key: the dossier's key is not the one in " + publishedKey);
                return Failure.ofTreeHeads("the public key printed in the dossier is not the portal's key given with"
                        + " --public-key: the dossier was not signed by that portal");
            }
            out.accept("public key: Ed25519, from " + publishedKey + ", the same as the dossier's");
        } else {
            out.accept("public key: Ed25519, taken from the dossier itself (SHA-256 fingerprint "
                    + fingerprint(printed) + "): compare it with the key the portal publishes, or pass --public-key");
        }
        SignedTreeHead head = header.treeHead();
        String name = "tree head (size=" + head.size() + ", time=" + head.time() + ")";
        if (!new TreeHeadVerifier(key).verify(head)) {
            out.accept(name + ": signature INVALID");
            return Failure.ofTreeHeads(name + ": the signature does not verify with the public key (the tree head"
                    + " was altered, or signed with another key)");
        }
        out.accept(name + ": signature valid");
        return null;
    }

    /** Checks every entry line; counts[0] gets the number of entries, counts[1] the last seq. */
    private static Failure checkEntries(InputStream in, SignedTreeHead head, Consumer<String> out, long[] counts)
            throws IOException {
        EntryLineParser parser = EntryLineParser.withAuditPath();
        EntryEncoder encoder = new EntryEncoder();
        long lineNumber = 1;
        long firstSeq = -1;
        for (byte[] line = line(in); line != null; line = line(in)) {
            lineNumber++;
            if (isBlank(line)) {
                continue;
            }
            ParsedEntryLine entry;
            try {
                entry = parser.parse(line, 0, line.length);
            } catch (IllegalArgumentException e) {
                return Failure.inRange(counts[1] + 1, head.size() - 1, "line " + lineNumber + " is not a valid"
                        + " dossier entry: " + e.getMessage());
            }
            long seq = entry.seq();
            String where = "line " + lineNumber + ", seq=" + seq + ": ";
            if (seq <= counts[1]) {
                return Failure.atEntry(seq, where + "comes after seq=" + counts[1] + ": entries repeated or out of order");
            }
            if (seq >= head.size()) {
                return Failure.atEntry(seq, where + "outside the signed tree of " + head.size() + " entries");
            }
            byte[] leafHash = encoder.leafHash(entry.entry());
            if (!MessageDigest.isEqual(leafHash, entry.claimedLeafHash())) {
                return Failure.atEntry(seq, where + "the entry's fields do not hash to the leaf hash printed for it"
                        + " (the entry was changed)");
            }
            try {
                InclusionProof.verify(seq, head.size(), leafHash, entry.auditPath(), head.rootHash());
            } catch (InvalidProofException e) {
                return Failure.atEntry(seq, where + "its audit path does not lead to the signed root (" + e.getMessage()
                        + "): the entry is not at this position in the signed log");
            }
            firstSeq = firstSeq < 0 ? seq : firstSeq;
            counts[0]++;
            counts[1] = seq;
        }
        out.accept(counts[0] == 0 ? "entries: none in the dossier"
                : "entries: " + counts[0] + " (seq " + firstSeq + ".." + counts[1] + "), each hashes to its leaf hash"
                        + " and its audit path leads to the root signed for size " + head.size());
        return null;
    }

    /** The next line without its line feed (and a carriage return before it), or null at the end. */
    private static byte[] line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        byte[] bytes = line.toByteArray();
        return bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
