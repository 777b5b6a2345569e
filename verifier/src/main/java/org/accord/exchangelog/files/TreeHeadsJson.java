package org.accord.exchangelog.files;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.accord.exchangelog.json.CanonicalJsonWriter;
import org.accord.exchangelog.json.JsonValues;
import org.accord.exchangelog.treehead.SignedTreeHead;

/**
 * {@code tree-heads.json}: a JSON array of signed tree heads, each
 * {@code {"size":1000,"rootHash":"<base64>","time":"2026-11-29T08:00:00.123Z","signature":"<base64>"}},
 * written one a line, oldest first. Readers accept the members in any order, any ISO-8601 UTC time with
 * at most millisecond precision, and ignore members they do not know (the signature covers size, root
 * hash and time only, so nothing else can matter).
 */
public final class TreeHeadsJson {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private TreeHeadsJson() {
    }

    public static byte[] write(List<SignedTreeHead> treeHeads) {
        CanonicalJsonWriter json = new CanonicalJsonWriter().punctuation('[');
        for (int i = 0; i < treeHeads.size(); i++) {
            SignedTreeHead head = treeHeads.get(i);
            json.ascii(i == 0 ? "\n" : ",\n");
            json.punctuation('{').name("size").number(head.size()).punctuation(',')
                    .name("rootHash").string(Base64.getEncoder().encodeToString(head.rootHash())).punctuation(',')
                    .name("time").string(MILLIS.format(head.time())).punctuation(',')
                    .name("signature").string(Base64.getEncoder().encodeToString(head.signature()))
                    .punctuation('}');
        }
        return json.punctuation('\n').punctuation(']').punctuation('\n').toByteArray();
    }

    /** @throws IllegalArgumentException naming the first tree head that cannot be read */
    public static List<SignedTreeHead> read(byte[] utf8) {
        List<SignedTreeHead> treeHeads = new ArrayList<>();
        List<?> array = JsonFields.array(JsonValues.parse(utf8), "the file");
        for (int i = 0; i < array.size(); i++) {
            JsonFields fields = new JsonFields(array.get(i), "tree head #" + (i + 1));
            Instant time;
            try {
                time = Instant.parse(fields.string("time"));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("tree head #" + (i + 1) + ": \"time\" is not an ISO-8601 UTC instant");
            }
            try {
                treeHeads.add(new SignedTreeHead(fields.integer("size"), fields.base64("rootHash"), time,
                        fields.base64("signature")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("tree head #" + (i + 1) + ": " + e.getMessage());
            }
        }
        return treeHeads;
    }

    /** Convenience for text. */
    public static List<SignedTreeHead> read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }
}
