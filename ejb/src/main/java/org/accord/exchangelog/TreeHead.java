package org.accord.exchangelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed tree head: the log's size, its Merkle root, when, and the portal's Ed25519 signature. */
@Entity
@Table(name = "exchange_log_head")
@NamedQuery(name = "TreeHead.all", query = "select h from TreeHead h order by h.size desc")
public class TreeHead {

    @Id
    private long size;

    @Column(name = "root_hash", nullable = false, updatable = false)
    private String rootHash;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String signature;

    protected TreeHead() {
    }

    TreeHead(long size, String rootHash, Instant at, String signature) {
        this.size = size;
        this.rootHash = rootHash;
        this.at = at;
        this.signature = signature;
    }

    public long getSize() {
        return size;
    }

    public String getRootHash() {
        return rootHash;
    }

    public Instant getAt() {
        return at;
    }

    public String getSignature() {
        return signature;
    }
}
