package org.accord.exchangelog.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.accord.exchangelog.entry.EntryFields;
import org.accord.exchangelog.entry.EntryTime;
import org.accord.exchangelog.entry.LogEntry;
import org.accord.exchangelog.json.CanonicalJsonWriter;
import org.accord.exchangelog.json.JsonCursor;
import org.accord.exchangelog.merkle.MerkleHasher;

/**
 * Reads one line of {@code entries.jsonl}: a JSON object with the entry's members in any order, and
 * optionally {@code leafHash} (base64); or a <em>leaf-only</em> line, {@code {"seq":N,"leafHash":"..."}}
 * with exactly these two members, which stands for an entry the downloader may not see. Strict, because
 * whatever it lets pass unhashed an attacker could change unseen: a member it does not know, or one given
 * twice, makes the line malformed; {@code null} stands for an absent optional member. Errors are
 * {@link IllegalArgumentException}s saying why. A parser made {@link #withAuditPath()} reads the lines of
 * a dossier's {@code dossier.jsonl}, which add the entry's {@code auditPath} (an array of base64 hashes).
 * Reusable and not thread-safe.
 */
public final class EntryLineParser {

    /** The member that is not part of the entry: the portal's claimed leaf hash. */
    public static final String LEAF_HASH = "leafHash";

    /** The member of a dossier line that is not part of the entry: its inclusion proof. */
    public static final String AUDIT_PATH = "auditPath";

    /** Every member a line may have. */
    private static final List<String> MEMBERS;

    static {
        List<String> members = new ArrayList<>(EntryFields.CANONICAL_ORDER);
        members.add(LEAF_HASH);
        members.add(AUDIT_PATH);
        MEMBERS = List.copyOf(members);
    }

    private static final int SEQ_BIT = 1 << MEMBERS.indexOf(EntryFields.SEQ);
    private static final int LEAF_HASH_BIT = 1 << MEMBERS.indexOf(LEAF_HASH);
    private static final int AUDIT_PATH_BIT = 1 << MEMBERS.indexOf(AUDIT_PATH);

    private final JsonCursor cursor = new JsonCursor();
    private final boolean auditPath;

    /** A parser of {@code entries.jsonl} lines. */
    public EntryLineParser() {
        this(false);
    }

    private EntryLineParser(boolean auditPath) {
        this.auditPath = auditPath;
    }

    /** A parser of dossier lines: an entry with its leaf hash and audit path, all three required. */
    public static EntryLineParser withAuditPath() {
        return new EntryLineParser(true);
    }

    public ParsedEntryLine parse(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return parse(bytes, 0, bytes.length);
    }

    /** Parses the line in {@code text[start, end)} (without its line break). */
    public ParsedEntryLine parse(byte[] text, int start, int end) {
        cursor.reset(text, start, end);
        LogEntry.Builder entry = LogEntry.builder();
        byte[] claimedLeafHash = null;
        List<byte[]> path = null;
        long seq = -1;
        int seen = 0; // one bit per member, by its position in MEMBERS
        cursor.beginObject();
        while (cursor.hasNextMember()) {
            String name = cursor.readName();
            int member = MEMBERS.indexOf(name);
            if (member < 0 || (1 << member) == AUDIT_PATH_BIT && !auditPath) {
                throw new IllegalArgumentException("unknown member \"" + name + "\" (it would not be hashed)");
            }
            if ((seen & 1 << member) != 0) {
                throw new IllegalArgumentException("member \"" + name + "\" appears twice");
            }
            seen |= 1 << member;
            switch (name) {
                case EntryFields.SEQ: seq = cursor.readLong(); entry.seq(seq); break;
                case EntryFields.TIME: entry.time(EntryTime.parse(cursor.readString())); break;
                case EntryFields.ACTOR: entry.actor(cursor.readString()); break;
                case EntryFields.ACTOR_COUNTRY: entry.actorCountry(cursor.readString()); break;
                case EntryFields.ACTION: entry.action(cursor.readString()); break;
                case EntryFields.COUNTRIES: entry.countries(readStrings()); break;
                case EntryFields.OBJECT_TYPE: entry.objectType(cursor.readString()); break;
                case EntryFields.OBJECT_ID: entry.objectId(cursor.readString()); break;
                case EntryFields.AGREEMENT_ID: entry.agreementId(cursor.tryNull() ? null : cursor.readString()); break;
                case EntryFields.OUTCOME: entry.outcome(cursor.tryNull() ? null : cursor.readString()); break;
                case AUDIT_PATH: path = readHashes(); break;
                default: claimedLeafHash = cursor.tryNull() ? null : hash(cursor.readString()); // LEAF_HASH
            }
        }
        cursor.endOfText();
        if ((seen & SEQ_BIT) == 0) {
            throw new IllegalArgumentException(EntryFields.SEQ + " is required");
        }
        if (auditPath && (claimedLeafHash == null || path == null)) {
            throw new IllegalArgumentException("a dossier line needs " + LEAF_HASH + " and " + AUDIT_PATH);
        }
        if (seen == (SEQ_BIT | LEAF_HASH_BIT) && claimedLeafHash != null && !auditPath) {
            if (seq < 0 || seq > CanonicalJsonWriter.MAX_EXACT_INTEGER) {
                throw new IllegalArgumentException("seq " + seq + " is outside 0 to 2^53 - 1");
            }
            return new ParsedEntryLine(seq, null, claimedLeafHash, null); // an entry the downloader may not see
        }
        LogEntry built = entry.build();
        return new ParsedEntryLine(built.seq(), built, claimedLeafHash, path);
    }

    private List<byte[]> readHashes() {
        List<byte[]> hashes = new ArrayList<>();
        cursor.beginArray();
        while (cursor.hasNextElement()) {
            hashes.add(hash(AUDIT_PATH, cursor.readString()));
        }
        return hashes;
    }

    private List<String> readStrings() {
        List<String> strings = new ArrayList<>(4);
        cursor.beginArray();
        while (cursor.hasNextElement()) {
            strings.add(cursor.readString());
        }
        return strings;
    }

    private static byte[] hash(String base64) {
        return hash(LEAF_HASH, base64);
    }

    private static byte[] hash(String member, String base64) {
        byte[] hash;
        try {
            hash = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(member + " is not base64");
        }
        if (hash.length != MerkleHasher.HASH_LENGTH) {
            throw new IllegalArgumentException(member + " has " + hash.length + " bytes, not " + MerkleHasher.HASH_LENGTH);
        }
        return hash;
    }
}
