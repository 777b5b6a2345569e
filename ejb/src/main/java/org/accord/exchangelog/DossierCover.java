package org.accord.exchangelog;

import java.time.Instant;

/**
 * The first page of a dossier: what it covers, who exported it, when, under which log entry, the signed
 * tree head its proofs lead to and the key that signed it (all hashes and keys in base64).
 *
 * @param subject       what the dossier covers, in words
 * @param filter        the filter as the log recorded it
 * @param scope         which entries the exporter may see (a national auditor: those of its country)
 * @param exportedBy    user and country of the exporting auditor
 * @param exportedAt    when the export was recorded
 * @param exportSeq     the log entry recording the export
 * @param treeSize      size of the signed tree head
 * @param headTime      time of the signed tree head
 * @param rootHash      its root hash
 * @param signature     its Ed25519 signature
 * @param publicKey     the portal's Ed25519 public key, X.509 SubjectPublicKeyInfo (DER)
 */
public record DossierCover(String subject, String filter, String scope, String exportedBy, Instant exportedAt,
        long exportSeq, long treeSize, Instant headTime, String rootHash, String signature, String publicKey) {
}
