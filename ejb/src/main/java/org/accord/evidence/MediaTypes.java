package org.accord.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The media type of a file from its first bytes (magic numbers), never from what the client claims
 * (docs/evidence.md, "Upload"). A small table of the formats CERTs exchange: documents, executables,
 * archives, captures, images, Windows event logs; text that is valid UTF-8 is {@code text/plain};
 * anything else {@code application/octet-stream}.
 */
public final class MediaTypes {

    /** How many leading bytes the sniffer looks at (a tar header's magic is at 257). */
    public static final int HEAD_BYTES = 8192;
    public static final String OCTET_STREAM = "application/octet-stream";

    private record Magic(int offset, byte[] bytes, String type) {
        boolean matches(byte[] head, int length) {
            if (length < offset + bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (head[offset + i] != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Magic> TABLE = List.of(
            magic(0, "%PDF-", "application/pdf"),
            magic(0, "MZ", "application/vnd.microsoft.portable-executable"),
            hex(0, "7f454c46", "application/x-elf"),
            hex(0, "feedface", "application/x-mach-binary"),
            hex(0, "feedfacf", "application/x-mach-binary"),
            hex(0, "cefaedfe", "application/x-mach-binary"),
            hex(0, "cffaedfe", "application/x-mach-binary"),
            magic(0, "#!", "text/x-shellscript"),
            hex(0, "504b0304", "application/zip"),
            hex(0, "504b0506", "application/zip"),
            hex(0, "1f8b", "application/gzip"),
            magic(0, "BZh", "application/x-bzip2"),
            hex(0, "fd377a585a00", "application/x-xz"),
            hex(0, "377abcaf271c", "application/x-7z-compressed"),
            hex(0, "526172211a07", "application/vnd.rar"),
            hex(0, "28b52ffd", "application/zstd"),
            magic(257, "ustar", "application/x-tar"),
            hex(0, "d4c3b2a1", "application/vnd.tcpdump.pcap"),
            hex(0, "a1b2c3d4", "application/vnd.tcpdump.pcap"),
            hex(0, "4d3cb2a1", "application/vnd.tcpdump.pcap"),
            hex(0, "a1b23c4d", "application/vnd.tcpdump.pcap"),
            hex(0, "0a0d0d0a", "application/x-pcapng"),
            hex(0, "89504e470d0a1a0a", "image/png"),
            hex(0, "ffd8ff", "image/jpeg"),
            magic(0, "GIF87a", "image/gif"),
            magic(0, "GIF89a", "image/gif"),
            hex(0, "d0cf11e0a1b11ae1", "application/x-ole-storage"),
            magic(0, "{\\rtf", "application/rtf"),
            magic(0, "SQLite format 3\0", "application/vnd.sqlite3"),
            magic(0, "ElfFile\0", "application/x-ms-evtx"));

    private MediaTypes() {
    }

    /** The type of a file whose first {@code length} bytes (at most {@link #HEAD_BYTES}) are {@code head}. */
    public static String sniff(byte[] head, int length) {
        for (Magic magic : TABLE) {
            if (magic.matches(head, length)) {
                return magic.type();
            }
        }
        return length > 0 && isText(head, length) ? "text/plain" : OCTET_STREAM;
    }

    /** Valid UTF-8 (a sequence cut at the end of the head allowed) without control characters but tab and line ends. */
    static boolean isText(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f) {
                return false;
            }
        }
        int end = length;
        // a multi-byte sequence cut by the head's end is not an error
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xff;
            if ((b & 0xc0) == 0xc0) {
                end -= back;
                break;
            } else if ((b & 0x80) == 0) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Magic magic(int offset, String ascii, String type) {
        return new Magic(offset, ascii.getBytes(StandardCharsets.ISO_8859_1), type);
    }

    private static Magic hex(int offset, String hex, String type) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new Magic(offset, bytes, type);
    }
}
