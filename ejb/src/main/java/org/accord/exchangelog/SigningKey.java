package org.accord.exchangelog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * server's user only.
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
            keys = Files.exists(dir.resolve(PRIVATE)) ? read(dir) : generate(dir);
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

    private static KeyPair read(Path dir) throws IOException, GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(dir.resolve(PRIVATE))));
        PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(dir.resolve(PUBLIC))));
        return new KeyPair(publicKey, privateKey);
    }

    private static KeyPair generate(Path dir) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.createDirectories(dir);
        Path privateFile = dir.resolve(PRIVATE);
        Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(privateFile, pair.getPrivate().getEncoded());
        Files.write(dir.resolve(PUBLIC), pair.getPublic().getEncoded());
        LOG.info(() -> "Generated the exchange log's Ed25519 signing key in " + dir);
        return pair;
    }
}
