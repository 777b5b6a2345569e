package org.accord.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The media type comes from the bytes (docs/evidence.md, "Upload"), never from the name or Content-Type. */
class MediaTypesTest {

    static String sniff(byte[] bytes) {
        byte[] head = new byte[MediaTypes.HEAD_BYTES];
        int length = Math.min(bytes.length, head.length);
        System.arraycopy(bytes, 0, head, 0, length);
        return MediaTypes.sniff(head, length);
    }

    static String hex(String hex) {
        return sniff(HexFormat.of().parseHex(hex));
    }

    @Test
    void executablesAreRecognisedWhateverTheyAreCalled() {
        assertEquals("application/vnd.microsoft.portable-executable", sniff("MZ\u0090\0\3\0\0\0".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("application/x-elf", hex("7f454c46020101000000"));
        assertEquals("application/x-mach-binary", hex("cffaedfe07000001"));
        assertEquals("text/x-shellscript", sniff("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void documentsArchivesAndCaptures() {
        assertEquals("application/pdf", sniff("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("application/zip", hex("504b030414000000"));
        assertEquals("application/gzip", hex("1f8b0800"));
        assertEquals("application/x-7z-compressed", hex("377abcaf271c0004"));
        assertEquals("application/vnd.tcpdump.pcap", hex("d4c3b2a102000400"));
        assertEquals("application/x-pcapng", hex("0a0d0d0a1c000000"));
        assertEquals("image/png", hex("89504e470d0a1a0a0000000d"));
        assertEquals("application/x-ms-evtx", sniff("ElfFile\0\0\0".getBytes(StandardCharsets.US_ASCII)));
        byte[] tar = new byte[600];
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 5);
        assertEquals("application/x-tar", sniff(tar));
    }

    @Test
    void textIsValidUtf8WithoutControlCharacters() {
        assertEquals("text/plain", sniff("2026-11-29T10:00:00Z sshd[1]: Failed password for root\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/plain", sniff("Журнал событий\tok\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(MediaTypes.OCTET_STREAM, sniff(new byte[] {0, 1, 2, 3}));
        assertEquals(MediaTypes.OCTET_STREAM, sniff(new byte[] {(byte) 0xc3, 0x28, 0x41}));
        assertEquals(MediaTypes.OCTET_STREAM, sniff(new byte[0]));
    }

    @Test
    void aMultiByteCharacterCutAtTheEndOfTheHeadIsStillText() {
        byte[] text = ("a".repeat(MediaTypes.HEAD_BYTES - 1) + "é").getBytes(StandardCharsets.UTF_8);
        assertEquals("text/plain", sniff(text));
    }
}
