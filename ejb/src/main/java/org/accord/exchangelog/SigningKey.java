package org.accord.exchangelog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The portal's Ed25519 key for signing tree heads. Generated on first start and kept in files
 * outside the database ({@code ACCORD_LOG_KEY_DIR}, default the server's data directory), so whoever
 * can rewrite the database still cannot sign a forged head. The private key file is readable by the
 * server's user only. The nodes of a cluster share the directory (a shared file system); when two start at
 * once, one creates the key and the other reads it (see {@link #generate}).
 */
@Singleton
@Startup
public class SigningKey {

    private static final Logger LOG = Logger.getLogger(SigningKey.class.getName());
    private static final String PRIVATE = "log-signing.key";
    private static final String PUBLIC = "log-signing.pub";

    private KeyPair keys;

    @PostConstruct
    void load() {
        Path dir = Path.of(System.getenv().getOrDefault("ACCORD_LOG_KEY_DIR",
                System.getProperty("jboss.server.data.dir", ".") + "/accord-keys"));
        try {
            keys = readOrCreate(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the log signing key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK 15+", e);
        }
    }

    public PrivateKey privateKey() {
        return keys.getPrivate();
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    /** The public key as base64 X.509 SubjectPublicKeyInfo (DER), as verifiers take it. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** The key pair in {@code dir}, created there first if there is none. */
    static KeyPair readOrCreate(Path dir) throws IOException, GeneralSecurityException {
        return Files.exists(dir.resolve(PRIVATE)) ? readWhenComplete(dir) : generate(dir);
    }

    private static KeyPair read(Path dir) throws IOException, GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(dir.resolve(PRIVATE))));
        PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(dir.resolve(PUBLIC))));
        return new KeyPair(publicKey, privateKey);
    }

    /**
     * Creates the key unless another node does so at the same moment. The private key is written to a file
     * of this node's own and then hard-linked to its name: link(2) fails when the name exists, atomically,
     * also on NFS, so exactly one node's key wins. The winner then writes the public key (through a rename,
     * so it is never seen half-written); a loser reads the winner's pair once the public key is there.
     */
    private static KeyPair generate(Path dir) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.createDirectories(dir);
        Path mine = Files.createTempFile(dir, PRIVATE, ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.write(mine, pair.getPrivate().getEncoded());
            Files.createLink(dir.resolve(PRIVATE), mine);
        } catch (FileAlreadyExistsException e) {
            return readWhenComplete(dir);
        } finally {
            Files.delete(mine);
        }
        Path publicFile = Files.createTempFile(dir, PUBLIC, ".new");
        Files.write(publicFile, pair.getPublic().getEncoded());
        Files.move(publicFile, dir.resolve(PUBLIC), StandardCopyOption.ATOMIC_MOVE);
        LOG.info(() -> "Generated the exchange log's Ed25519 signing key in " + dir);
        return pair;
    }

    /** The pair another node is creating: its public key follows its private key within moments. */
    private static KeyPair readWhenComplete(Path dir) throws IOException, GeneralSecurityException {
        for (int i = 0; i < 100 && !Files.exists(dir.resolve(PUBLIC)); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the signing key in " + dir, e);
            }
        }
        return read(dir);
    }
}
