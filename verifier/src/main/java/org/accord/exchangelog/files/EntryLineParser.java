package org.accord.exchangelog.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.accord.exchangelog.entry.EntryFields;
import org.accord.exchangelog.entry.EntryTime;
import org.accord.exchangelog.entry.LogEntry;
import org.accord.exchangelog.json.JsonCursor;
import org.accord.exchangelog.merkle.MerkleHasher;

/**
 * Reads one line of {@code entries.jsonl}: a JSON object with the entry's members in any order, and
 * optionally {@code leafHash} (base64). Strict, because whatever it lets pass unhashed an attacker could
 * change unseen: a member it does not know, or one given twice, makes the line malformed; {@code null}
 * stands for an absent optional member. Errors are {@link IllegalArgumentException}s saying why.
 * Reusable and not thread-safe.
 */
public final class EntryLineParser {

    /** The member that is not part of the entry: the portal's claimed leaf hash. */
    public static final String LEAF_HASH = "leafHash";

    /** Every member a line may have. */
    private static final List<String> MEMBERS;

    static {
        List<String> members = new ArrayList<>(EntryFields.CANONICAL_ORDER);
        members.add(LEAF_HASH);
        MEMBERS = List.copyOf(members);
    }

    private final JsonCursor cursor = new JsonCursor();

    public ParsedEntryLine parse(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return parse(bytes, 0, bytes.length);
    }

    /** Parses the line in {@code text[start, end)} (without its line break). */
    public ParsedEntryLine parse(byte[] text, int start, int end) {
        cursor.reset(text, start, end);
        LogEntry.Builder entry = LogEntry.builder();
        byte[] claimedLeafHash = null;
        int seen = 0; // one bit per member, by its position in MEMBERS
        cursor.beginObject();
        while (cursor.hasNextMember()) {
            String name = cursor.readName();
            int member = MEMBERS.indexOf(name);
            if (member < 0) {
                throw new IllegalArgumentException("unknown member \"" + name + "\" (it would not be hashed)");
            }
            if ((seen & 1 << member) != 0) {
                throw new IllegalArgumentException("member \"" + name + "\" appears twice");
            }
            seen |= 1 << member;
            switch (name) {
                case EntryFields.SEQ: entry.seq(cursor.readLong()); break;
                case EntryFields.TIME: entry.time(EntryTime.parse(cursor.readString())); break;
                case EntryFields.ACTOR: entry.actor(cursor.readString()); break;
                case EntryFields.ACTOR_COUNTRY: entry.actorCountry(cursor.readString()); break;
                case EntryFields.ACTION: entry.action(cursor.readString()); break;
                case EntryFields.COUNTRIES: entry.countries(readStrings()); break;
                case EntryFields.OBJECT_TYPE: entry.objectType(cursor.readString()); break;
                case EntryFields.OBJECT_ID: entry.objectId(cursor.readString()); break;
                case EntryFields.AGREEMENT_ID: entry.agreementId(cursor.tryNull() ? null : cursor.readString()); break;
                case EntryFields.OUTCOME: entry.outcome(cursor.tryNull() ? null : cursor.readString()); break;
                default: claimedLeafHash = cursor.tryNull() ? null : hash(cursor.readString()); // LEAF_HASH
            }
        }
        cursor.endOfText();
        if ((seen & 1 << MEMBERS.indexOf(EntryFields.SEQ)) == 0) {
            throw new IllegalArgumentException(EntryFields.SEQ + " is required");
        }
        return new ParsedEntryLine(entry.build(), claimedLeafHash);
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
        byte[] hash;
        try {
            hash = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(LEAF_HASH + " is not base64");
        }
        if (hash.length != MerkleHasher.HASH_LENGTH) {
            throw new IllegalArgumentException(LEAF_HASH + " has " + hash.length + " bytes, not " + MerkleHasher.HASH_LENGTH);
        }
        return hash;
    }
}
