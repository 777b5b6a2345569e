package org.accord.evidence;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import org.accord.common.PayloadTooLargeException;

/**
 * The evidence store on a local (or shared, mounted) directory: {@code sha256/ab/cd/<64 hex>} per content,
 * {@code tmp/} for writes under way. A write streams into a temporary file in the same directory tree
 * while hashing, forces it to disk, and only then moves it atomically to its address, so a reader never
 * sees half a file and a cut-off write leaves nothing. The same bytes written twice end in one file; a
 * later write of the same bytes replaces the file, which also heals a damaged copy.
 */
public class FileSystemEvidenceStore implements EvidenceStore {

    private final Path root;
    private final Path tmp;

    public FileSystemEvidenceStore(Path root) {
        this.root = root;
        this.tmp = root.resolve("tmp");
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the evidence store at " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public StoredContent write(InputStream body, long maxBytes, long expectedLength) throws IOException {
        Path part = Files.createTempFile(tmp, "upload-", ".part");
        try {
            MessageDigest digest = Sha256.digest();
            byte[] head = new byte[MediaTypes.HEAD_BYTES];
            int headLength = 0;
            long size = 0;
            try (FileOutputStream out = new FileOutputStream(part.toFile())) {
                byte[] buffer = new byte[Sha256.BUFFER];
                for (int n; (n = body.read(buffer)) > 0;) {
                    size += n;
                    if (size > maxBytes) {
                        throw new PayloadTooLargeException("The file is larger than the " + maxBytes
                                + " bytes allowed; nothing was stored");
                    }
                    if (headLength < head.length) {
                        int take = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
                if (expectedLength >= 0 && size != expectedLength) {
                    throw new IncompleteBodyException(size, expectedLength);
                }
                out.getFD().sync();
            }
            String sha256 = Sha256.hex(digest.digest());
            String key = keyOf(sha256);
            Path target = root.resolve(key);
            Files.createDirectories(target.getParent());
            boolean created = !Files.exists(target);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new StoredContent(key, sha256, size, MediaTypes.sniff(head, headLength), created);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The content address of a hash: two levels of fan-out keep directories small. */
    static String keyOf(String sha256) {
        return "sha256/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void discard(StoredContent content) {
        if (content != null && content.created()) {
            try {
                Files.deleteIfExists(resolve(content.key()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public int sweepTemporary(int hours) {
        FileTime before = FileTime.from(Instant.now().minus(Duration.ofHours(hours)));
        int removed = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(tmp, "upload-*.part")) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).compareTo(before) < 0 && Files.deleteIfExists(part)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    /** A key of this store, never a path outside it. */
    private Path resolve(String key) {
        if (key == null || !key.matches("sha256/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not an evidence key: " + key);
        }
        return root.resolve(key);
    }
}
