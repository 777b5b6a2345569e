package org.accord.exchangelog.treehead;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.accord.exchangelog.merkle.MerkleHasher;

/**
 * A signed tree head: the log had {@code size} entries, whose Merkle Tree Hash is {@code rootHash}, at
 * {@code time}; {@code signature} is the portal's Ed25519 signature (RFC 8032) over
 * {@link #signedBytes(long, Instant, byte[])}.
 * <p>
 * {@code time} has millisecond precision (it is signed as milliseconds since the epoch, unsigned, so not
 * before 1970). The signature is not checked here, and may have any length: a damaged one must reach
 * {@link TreeHeadVerifier} to be reported as such.
 */
public record SignedTreeHead(long size, byte[] rootHash, Instant time, byte[] signature) {

    /** The domain separation prefix of the signed bytes, so the key's signature means nothing elsewhere. */
    public static final String SIGNATURE_CONTEXT = "accord-sth-v1\n";

    private static final byte[] CONTEXT_BYTES = SIGNATURE_CONTEXT.getBytes(StandardCharsets.US_ASCII);

    public SignedTreeHead {
        requireSigned(size, time, rootHash);
        Objects.requireNonNull(signature, "signature");
        rootHash = rootHash.clone();
        signature = signature.clone();
    }

    /**
     * The bytes that are signed: {@code "accord-sth-v1\n"} (14 ASCII bytes) || size (uint64 big-endian)
     * || time in milliseconds since 1970-01-01T00:00:00Z (uint64 big-endian) || root hash (32 bytes):
     * 62 bytes in all.
     */
    public static byte[] signedBytes(long size, Instant time, byte[] rootHash) {
        requireSigned(size, time, rootHash);
        return ByteBuffer.allocate(CONTEXT_BYTES.length + 2 * Long.BYTES + MerkleHasher.HASH_LENGTH)
                .put(CONTEXT_BYTES).putLong(size).putLong(time.toEpochMilli()).put(rootHash).array();
    }

    /** The bytes this tree head's signature is over. */
    public byte[] signedBytes() {
        return signedBytes(size, time, rootHash);
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedTreeHead && size == ((SignedTreeHead) other).size
                && time.equals(((SignedTreeHead) other).time)
                && Arrays.equals(rootHash, ((SignedTreeHead) other).rootHash)
                && Arrays.equals(signature, ((SignedTreeHead) other).signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, time, Arrays.hashCode(rootHash), Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return "SignedTreeHead[size=" + size + ", rootHash=" + Base64.getEncoder().encodeToString(rootHash)
                + ", time=" + time + "]";
    }

    private static void requireSigned(long size, Instant time, byte[] rootHash) {
        if (size < 0) {
            throw new IllegalArgumentException("size " + size + " is negative");
        }
        if (rootHash == null || rootHash.length != MerkleHasher.HASH_LENGTH) {
            throw new IllegalArgumentException("a root hash has " + MerkleHasher.HASH_LENGTH + " bytes");
        }
        if (time == null || time.getNano() % 1_000_000 != 0 || time.isBefore(Instant.EPOCH)) {
            throw new IllegalArgumentException("time " + time + " must be whole milliseconds, not before 1970");
        }
    }
}
