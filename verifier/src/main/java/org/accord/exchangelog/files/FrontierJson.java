package org.accord.exchangelog.files;

import java.util.Base64;
import java.util.List;
import org.accord.exchangelog.json.CanonicalJsonWriter;
import org.accord.exchangelog.json.JsonValues;
import org.accord.exchangelog.merkle.CompactRange;

/**
 * {@code frontier.json} (optional): for a download of entries that starts at seq {@code size} rather
 * than 0, the roots of the perfect subtrees over entries {@code 0..size-1}, largest first
 * ({@link CompactRange#subtreeRoots()}): {@code {"size":500,"subtreeRoots":["<base64>", ...]}}. They fold
 * into the root of the tree of {@code size} entries, which must be the root of a signed tree head of that
 * size; the entries from {@code size} on are then verified as if the whole log had been downloaded.
 */
public final class FrontierJson {

    /** The first {@code size} entries, summarized by their subtree roots. */
    public record Frontier(long size, List<byte[]> subtreeRoots) {
        public Frontier {
            subtreeRoots = List.copyOf(subtreeRoots);
        }
    }

    private FrontierJson() {
    }

    /** The frontier of the first {@code range.size()} leaves. */
    public static byte[] write(CompactRange range) {
        CanonicalJsonWriter json = new CanonicalJsonWriter().punctuation('{').name("size").number(range.size())
                .punctuation(',').name("subtreeRoots").punctuation('[');
        List<byte[]> roots = range.subtreeRoots();
        for (int i = 0; i < roots.size(); i++) {
            json.ascii(i == 0 ? "" : ",").string(Base64.getEncoder().encodeToString(roots.get(i)));
        }
        return json.punctuation(']').punctuation('}').punctuation('\n').toByteArray();
    }

    /** @throws IllegalArgumentException if it is not a frontier */
    public static Frontier read(byte[] utf8) {
        JsonFields fields = new JsonFields(JsonValues.parse(utf8), "the frontier");
        Frontier frontier = new Frontier(fields.integer("size"), fields.base64Array("subtreeRoots"));
        CompactRange.resume(frontier.size(), frontier.subtreeRoots()); // checks count and lengths
        return frontier;
    }
}
