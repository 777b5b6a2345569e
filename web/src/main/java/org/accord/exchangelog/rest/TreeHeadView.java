package org.accord.exchangelog.rest;

import java.time.Instant;
import org.accord.exchangelog.TreeHead;

/** A signed tree head: size, root hash and Ed25519 signature in base64 (docs/exchange-log-format.md). */
public record TreeHeadView(long size, String rootHash, Instant time, String signature) {

    static TreeHeadView of(TreeHead head) {
        return new TreeHeadView(head.getSize(), head.getRootHash(), head.getAt(), head.getSignature());
    }
}
