package org.accord.exchangelog.entry;

import org.accord.exchangelog.json.CanonicalJsonWriter;
import org.accord.exchangelog.merkle.MerkleHasher;

/**
 * The canonical encoding of a {@link LogEntry} and its leaf hash.
 * <p>
 * Canonical encoding: the entry as a JSON object in RFC 8785 (JCS) form, UTF-8: members in the order of
 * {@link EntryFields#CANONICAL_ORDER}, absent optional fields ({@code agreementId}, {@code outcome})
 * left out, {@code seq} a plain integer, {@code time} the string of {@link EntryTime}, {@code countries}
 * an array of strings, no whitespace. For example:
 * <pre>{"action":"request.sent","actor":"li.wei","actorCountry":"CN","countries":["CN","US"],"objectId":"r-17","objectType":"request","seq":0,"time":"2026-11-29T08:00:00.123456Z"}</pre>
 * Leaf hash: {@code SHA-256(0x00 || canonical bytes)} (RFC 9162 §2.1.1).
 * <p>
 * Reuses one buffer and one digest: not thread-safe; {@link #forCurrentThread()} gives each thread its
 * own.
 */
public final class EntryEncoder {

    private static final ThreadLocal<EntryEncoder> PER_THREAD = ThreadLocal.withInitial(EntryEncoder::new);

    private final CanonicalJsonWriter json = new CanonicalJsonWriter();
    private final MerkleHasher hasher = new MerkleHasher();

    /** The calling thread's encoder. */
    public static EntryEncoder forCurrentThread() {
        return PER_THREAD.get();
    }

    /** The canonical bytes of {@code entry} (a new array). */
    public byte[] canonicalBytes(LogEntry entry) {
        return write(entry).toByteArray();
    }

    /** {@code SHA-256(0x00 || canonical bytes)} (a new array). */
    public byte[] leafHash(LogEntry entry) {
        byte[] hash = new byte[MerkleHasher.HASH_LENGTH];
        leafHash(entry, hash, 0);
        return hash;
    }

    /** Writes the leaf hash into {@code out} at {@code offset}, creating no array. */
    public void leafHash(LogEntry entry, byte[] out, int offset) {
        write(entry);
        hasher.leafHash(json.buffer(), 0, json.length(), out, offset);
    }

    /** Writes the canonical bytes into this encoder's buffer, valid until the next call. */
    CanonicalJsonWriter write(LogEntry entry) {
        json.reset().punctuation('{');
        json.name(EntryFields.ACTION).string(entry.action()).punctuation(',');
        json.name(EntryFields.ACTOR).string(entry.actor()).punctuation(',');
        json.name(EntryFields.ACTOR_COUNTRY).string(entry.actorCountry()).punctuation(',');
        if (entry.agreementId() != null) {
            json.name(EntryFields.AGREEMENT_ID).string(entry.agreementId()).punctuation(',');
        }
        json.name(EntryFields.COUNTRIES).punctuation('[');
        for (int i = 0; i < entry.countries().size(); i++) {
            if (i > 0) {
                json.punctuation(',');
            }
            json.string(entry.countries().get(i));
        }
        json.punctuation(']').punctuation(',');
        json.name(EntryFields.OBJECT_ID).string(entry.objectId()).punctuation(',');
        json.name(EntryFields.OBJECT_TYPE).string(entry.objectType()).punctuation(',');
        if (entry.outcome() != null) {
            json.name(EntryFields.OUTCOME).string(entry.outcome()).punctuation(',');
        }
        json.name(EntryFields.SEQ).number(entry.seq()).punctuation(',');
        json.name(EntryFields.TIME).punctuation('"').ascii(EntryTime.format(entry.time())).punctuation('"');
        return json.punctuation('}');
    }
}
