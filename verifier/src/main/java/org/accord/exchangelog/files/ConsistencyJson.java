package org.accord.exchangelog.files;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.accord.exchangelog.json.CanonicalJsonWriter;
import org.accord.exchangelog.json.JsonValues;

/**
 * {@code consistency.json} (optional): a JSON array of RFC 9162 consistency proofs between the trees of
 * two signed tree heads, each {@code {"size1":500,"size2":1000,"proof":["<base64>", ...]}}. The verifier
 * checks each against the root hashes of the tree heads of those sizes.
 */
public final class ConsistencyJson {

    /** One consistency proof from the tree of {@code size1} leaves to that of {@code size2}. */
    public record Proof(long size1, long size2, List<byte[]> proof) {
        public Proof {
            proof = List.copyOf(proof);
        }
    }

    private ConsistencyJson() {
    }

    public static byte[] write(List<Proof> proofs) {
        CanonicalJsonWriter json = new CanonicalJsonWriter().punctuation('[');
        for (int i = 0; i < proofs.size(); i++) {
            Proof proof = proofs.get(i);
            json.ascii(i == 0 ? "\n" : ",\n").punctuation('{').name("size1").number(proof.size1()).punctuation(',')
                    .name("size2").number(proof.size2()).punctuation(',').name("proof").punctuation('[');
            for (int j = 0; j < proof.proof().size(); j++) {
                json.ascii(j == 0 ? "" : ",").string(Base64.getEncoder().encodeToString(proof.proof().get(j)));
            }
            json.punctuation(']').punctuation('}');
        }
        return json.ascii("\n]\n").toByteArray();
    }

    /** @throws IllegalArgumentException naming the first proof that cannot be read */
    public static List<Proof> read(byte[] utf8) {
        List<Proof> proofs = new ArrayList<>();
        List<?> array = JsonFields.array(JsonValues.parse(utf8), "the file");
        for (int i = 0; i < array.size(); i++) {
            JsonFields fields = new JsonFields(array.get(i), "consistency proof #" + (i + 1));
            proofs.add(new Proof(fields.integer("size1"), fields.integer("size2"), fields.base64Array("proof")));
        }
        return proofs;
    }
}
