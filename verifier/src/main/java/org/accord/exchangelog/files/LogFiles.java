package org.accord.exchangelog.files;

/** The names of the downloaded files in a verification folder. */
public final class LogFiles {

    /** One entry a line, in seq order, each with the leaf hash the portal claims for it. */
    public static final String ENTRIES = "entries.jsonl";
    /** A JSON array of signed tree heads. */
    public static final String TREE_HEADS = "tree-heads.json";
    /** The portal's Ed25519 public key: PEM, or the bare base64 of its DER. */
    public static final String PUBLIC_KEY = "public-key.pem";
    /** Optional: consistency proofs between tree heads. */
    public static final String CONSISTENCY = "consistency.json";
    /** Optional: for entries that start after seq 0, the subtree roots of the entries before them. */
    public static final String FRONTIER = "frontier.json";

    private LogFiles() {
    }
}
