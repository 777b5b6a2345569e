package org.accord.exchangelog.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.accord.exchangelog.files.ConsistencyJson;
import org.accord.exchangelog.files.DossierJson;
import org.accord.exchangelog.files.EntryLineParser;
import org.accord.exchangelog.files.FrontierJson;
import org.accord.exchangelog.files.TreeHeadsJson;
import org.accord.exchangelog.merkle.ConsistencyProof;
import org.accord.exchangelog.merkle.InclusionProof;
import org.accord.exchangelog.merkle.InvalidProofException;

/**
 * SECURITY.md case 24: what a country feeds the offline verifier (a downloaded log or dossier it may not
 * trust) ends in a declared refusal, never another exception. The parsers declare
 * {@link IllegalArgumentException} (with {@code MalformedJsonException}); the proof checks declare
 * {@link InvalidProofException}. The build replays the committed corpus
 * ({@code src/test/resources/.../ProofParsersFuzzTestInputs}); {@code bin/security-long} fuzzes.
 */
class ProofParsersFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void jsonFilesOfALogFolder(byte[] input) {
        parse(() -> ConsistencyJson.read(input));
        parse(() -> TreeHeadsJson.read(input));
        parse(() -> FrontierJson.read(input));
        parse(() -> DossierJson.readHeader(input));
        parse(() -> EntryLineParser.withAuditPath().parse(input, 0, input.length));
    }

    @FuzzTest(maxDuration = "30s")
    void merkleProofs(FuzzedDataProvider data) {
        long index = data.consumeLong();
        long size = data.consumeLong();
        byte[] leaf = data.consumeBytes(40);
        byte[] root = data.consumeBytes(40);
        int length = data.consumeInt(0, 70);
        List<byte[]> path = new ArrayList<>();
        for (int i = 0; i < length && data.remainingBytes() > 0; i++) {
            path.add(data.consumeBytes(data.consumeBoolean() ? 32 : data.consumeInt(0, 40)));
        }
        try {
            InclusionProof.verify(index, size, leaf, path, root);
        } catch (InvalidProofException refused) {
            // declared ("never throws for malformed input" but this)
        }
        try {
            ConsistencyProof.verify(index, size, leaf, root, path);
        } catch (InvalidProofException refused) {
            // declared ("never throws for malformed input" but this)
        }
    }

    private static void parse(Runnable parser) {
        try {
            parser.run();
        } catch (IllegalArgumentException refused) {
            // declared: MalformedJsonException and the files' own refusals
        }
    }
}
