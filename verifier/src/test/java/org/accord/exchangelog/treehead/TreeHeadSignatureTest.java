package org.accord.exchangelog.treehead;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.accord.exchangelog.files.TreeHeadsJson;
import org.junit.jupiter.api.Test;

class TreeHeadSignatureTest {

    private static final Instant TIME = Instant.parse("2026-11-29T08:00:00.123Z");

    private final KeyPair keys = generate("Ed25519");
    private final byte[] root = HexFormat.of().parseHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void theSignedBytesAreTheDocumentedLayout() {
        byte[] bytes = SignedTreeHead.signedBytes(8, TIME, root);
        assertEquals(62, bytes.length);
        assertEquals("accord-sth-v1\n", new String(bytes, 0, 14, StandardCharsets.US_ASCII));
        assertEquals("0000000000000008", HexFormat.of().formatHex(bytes, 14, 22));
        assertEquals(String.format("%016x", TIME.toEpochMilli()), HexFormat.of().formatHex(bytes, 22, 30));
        assertArrayEquals(root, Arrays.copyOfRange(bytes, 30, 62));
        assertEquals("6163636f72642d7374682d76310a" + "0000000000000008" + "000001a226516c7b"
                + "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328", HexFormat.of().formatHex(bytes),
                "pinned in docs/exchange-log-format.md");
    }

    @Test
    void aSignedTreeHeadVerifiesWithItsKeyOnly() {
        SignedTreeHead head = new TreeHeadSigner(keys.getPrivate()).sign(8, root, TIME);
        assertEquals(64, head.signature().length);
        assertTrue(new TreeHeadVerifier(keys.getPublic()).verify(head));
        assertTrue(TreeHeadVerifier.fromBase64Der(Ed25519Keys.toBase64Der(keys.getPublic())).verify(head));
        assertFalse(new TreeHeadVerifier(generate("Ed25519").getPublic()).verify(head), "another key");
    }

    @Test
    void changingAnySignedFieldBreaksTheSignature() {
        SignedTreeHead head = new TreeHeadSigner(keys.getPrivate()).sign(8, root, TIME);
        TreeHeadVerifier verifier = new TreeHeadVerifier(keys.getPublic());
        byte[] otherRoot = root.clone();
        otherRoot[31] ^= 1;
        byte[] otherSignature = head.signature();
        otherSignature[0] ^= 1;
        assertFalse(verifier.verify(new SignedTreeHead(9, root, TIME, head.signature())));
        assertFalse(verifier.verify(new SignedTreeHead(8, otherRoot, TIME, head.signature())));
        assertFalse(verifier.verify(new SignedTreeHead(8, root, TIME.plusMillis(1), head.signature())));
        assertFalse(verifier.verify(new SignedTreeHead(8, root, TIME, otherSignature)));
        assertFalse(verifier.verify(new SignedTreeHead(8, root, TIME, new byte[3])), "a truncated signature");
    }

    @Test
    void timeIsSignedInMilliseconds() {
        SignedTreeHead head = new TreeHeadSigner(keys.getPrivate()).sign(1, root, TIME.plusNanos(456_789));
        assertEquals(TIME, head.time());
        assertThrows(IllegalArgumentException.class, () -> new SignedTreeHead(1, root, TIME.plusNanos(1), new byte[64]));
        assertThrows(IllegalArgumentException.class, () -> new SignedTreeHead(1, root, Instant.EPOCH.minusMillis(1), new byte[64]));
        assertThrows(IllegalArgumentException.class, () -> new SignedTreeHead(-1, root, TIME, new byte[64]));
        assertThrows(IllegalArgumentException.class, () -> new SignedTreeHead(1, new byte[31], TIME, new byte[64]));
    }

    @Test
    void keysTravelAsPemOrBase64Der() {
        String pem = Ed25519Keys.toPem(keys.getPublic());
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA"), pem);
        assertEquals(keys.getPublic(), Ed25519Keys.read(pem));
        assertEquals(keys.getPublic(), Ed25519Keys.read(" " + Ed25519Keys.toBase64Der(keys.getPublic()) + "\n"));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.read("not base64!"));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.read(Ed25519Keys.toBase64Der(generate("RSA").getPublic())));
        assertThrows(IllegalArgumentException.class, () -> new TreeHeadSigner(generate("RSA").getPrivate()));
        assertThrows(IllegalArgumentException.class, () -> new TreeHeadVerifier(generate("Ed448").getPublic()));
    }

    @Test
    void treeHeadsJsonRoundTrips() {
        TreeHeadSigner signer = new TreeHeadSigner(keys.getPrivate());
        List<SignedTreeHead> heads = List.of(signer.sign(0, new byte[32], TIME), signer.sign(8, root, TIME.plusSeconds(60)));
        String json = new String(TreeHeadsJson.write(heads), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"time\":\"2026-11-29T08:00:00.123Z\""), json);
        assertEquals(heads, TreeHeadsJson.read(json));
        assertEquals(heads.subList(1, 2), TreeHeadsJson.read("[{\"signature\":\"" + java.util.Base64.getEncoder()
                .encodeToString(heads.get(1).signature()) + "\",\"time\":\"2026-11-29T08:01:00.123Z\",\"note\":1,"
                + "\"rootHash\":\"XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\",\"size\":8}]"), "any order, unknown ignored");
        assertThrows(IllegalArgumentException.class, () -> TreeHeadsJson.read("[{\"size\":8}]"));
        assertThrows(IllegalArgumentException.class, () -> TreeHeadsJson.read("{}"));
    }

    private static KeyPair generate(String algorithm) {
        try {
            return KeyPairGenerator.getInstance(algorithm).generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
