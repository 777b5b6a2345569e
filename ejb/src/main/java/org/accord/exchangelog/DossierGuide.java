package org.accord.exchangelog;

import static org.accord.exchangelog.DossierStyle.BOLD;
import static org.accord.exchangelog.DossierStyle.MONO;
import static org.accord.exchangelog.DossierStyle.TEXT;
import static org.accord.exchangelog.DossierStyle.paragraph;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import org.accord.exchangelog.files.DossierJson;

/**
 * The closing section of a dossier, "How to verify this dossier offline": the three checks an outsider
 * makes with the public key alone (signature of the tree head, each leaf hash from its fields, each
 * audit path to the signed root), the formats they need (docs/exchange-log.md, RFC 8785, RFC 9162,
 * RFC 8032), and the offline verifier.
 */
final class DossierGuide {

    private DossierGuide() {
    }

    static void add(Document document, DossierCover cover, String exampleJson, String exampleHash) {
        document.newPage();
        document.add(DossierStyle.heading("How to verify this dossier offline"));
        document.add(paragraph("Nothing below needs the portal: only this document, SHA-256 and Ed25519."
                + " A dossier that passes all three checks shows entries that the portal logged exactly as"
                + " printed, at the positions printed, in the log whose state the portal signed.", TEXT));

        step(document, "0. Trust the key.", "Compare the public key on the first page with the one the portal"
                + " publishes (GET /api/exchange-log/public-key, PEM) or that its operator gave you. A dossier"
                + " proves nothing against a key you took from the dossier alone.");

        step(document, "1. Check the signature of the tree head.", "The portal signed, with Ed25519 (RFC 8032),"
                + " these 62 bytes: the 14 ASCII bytes \"accord-sth-v1\" followed by a line feed (0x0A); the"
                + " tree size as an unsigned 64-bit big-endian integer; the head's time in milliseconds since"
                + " 1970-01-01T00:00:00Z, the same way; the 32 bytes of the root hash. Verify the signature"
                + " over them with the public key (for example: openssl pkeyutl -verify -pubin -inkey key.pem"
                + " -rawin -in signed.bin -sigfile signature.bin).");

        step(document, "2. Recompute each leaf hash from the entry's fields.", "Write the entry as JSON in the"
                + " canonical form of RFC 8785 (JCS): the members action, actor, actorCountry, agreementId,"
                + " countries, objectId, objectType, outcome, seq, time in exactly this order; agreementId and"
                + " outcome left out when the table shows '-'; countries an array of the codes in the order"
                + " shown; seq a plain integer; time the string shown (always six fractional digits and Z); no"
                + " whitespace between tokens; UTF-8. In the table, a character the PDF fonts cannot show is"
                + " printed as \\uXXXX (its UTF-16 code unit) and a backslash as \\\\: write the character"
                + " itself. The leaf hash is SHA-256 of one zero byte (0x00) followed by those bytes (RFC 9162"
                + " section 2.1.1), in base64; it must equal the leaf hash printed under the entry.");
        if (exampleJson != null) {
            document.add(paragraph("For example, the first entry of this dossier is, canonically (one line;"
                    + " the PDF may wrap it):", TEXT));
            document.add(indented(DossierStyle.printable(exampleJson)));
            document.add(paragraph("and (printf '\\000'; printf '%s' \"$JSON\") | openssl dgst -sha256 -binary"
                    + " | base64 prints " + exampleHash + ".", TEXT));
        }

        step(document, "3. Check each audit path against the signed root.", "With seq the entry's position and"
                + " size the tree size of the head (RFC 9162 section 2.1.3.2): let fn = seq, sn = size - 1 and"
                + " r = the leaf hash. For each hash p of the audit path, in the order printed: if fn is odd or"
                + " fn = sn, set r = SHA-256(0x01 || p || r) and then, while fn is even and not 0, halve fn and"
                + " sn (dropping remainders); otherwise set r = SHA-256(0x01 || r || p). Then halve fn and sn."
                + " At the end sn must be 0 and r must equal the root hash of the signed tree head. (An audit"
                + " path holds hashes of neighbouring entries and subtrees, which may be entries this dossier"
                + " does not show; a hash reveals nothing of its entry.)");

        step(document, "4. Later states of the log.", "To see that the log was not rewritten after this"
                + " dossier, compare this tree head with a later one through a consistency proof"
                + " (GET /api/exchange-log/proofs/consistency?from=" + cover.treeSize() + "&to=<later size>).");

        step(document, "The machine-readable copy.", "This PDF carries, as an attached file (see your PDF"
                + " viewer's attachments, or poppler's pdfdetach -saveall), " + DossierJson.FILE_NAME + ": the same"
                + " entries with their leaf hashes and audit paths, the signed tree head and the public key, one JSON"
                + " object a line (format in docs/exchange-log-format.md of the Accord sources). The portal's"
                + " offline verifier (accord-verifier.jar, plain Java 17, no network) makes steps 1 to 3 for every"
                + " entry: java -jar accord-verifier.jar verify-dossier --public-key key.pem THIS.pdf, with"
                + " key.pem the key of step 0; it names the first entry that fails. The table above is for"
                + " reading; to rely on the verifier's verdict for it, compare the leaf hashes it shows with those"
                + " of the attached file.");

        step(document, "The whole log.", "Every auditor may download the log for the offline verifier:"
                + " /api/exchange-log/export/log.zip?end=" + cover.treeSize() + " (entries.jsonl, tree-heads.json,"
                + " public-key.pem; a national auditor gets the entries of other countries as their leaf hash"
                + " only), checked with java -jar accord-verifier.jar log.zip. It checks every signature,"
                + " recomputes every visible leaf hash, checks the order and the root of every head, and names"
                + " the first bad entry.");
    }

    private static void step(Document document, String title, String text) {
        Paragraph paragraph = new Paragraph(11.5f);
        paragraph.add(new Chunk(title + " ", BOLD));
        paragraph.add(DossierStyle.words(text, TEXT));
        paragraph.setSpacingBefore(4);
        paragraph.setSpacingAfter(3);
        document.add(paragraph);
    }

    private static Paragraph indented(String text) {
        Paragraph paragraph = new Paragraph(10f);
        paragraph.add(DossierStyle.words(text, MONO));
        paragraph.setIndentationLeft(14);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }
}
