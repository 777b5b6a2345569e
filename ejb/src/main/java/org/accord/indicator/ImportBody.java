package org.accord.indicator;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The body of an import as UTF-8 text that refuses bad bytes and notices a body shorter than its declared
 * {@code Content-Length} (a client that went away): either fails the import, so nothing is stored.
 */
final class ImportBody extends FilterInputStream {

    private final long declared;
    private long read;

    ImportBody(InputStream in, long declaredLength) {
        super(in);
        this.declared = declaredLength;
    }

    Reader reader() {
        return new InputStreamReader(this, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            checkComplete();
        } else {
            read++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            checkComplete();
        } else {
            read += n;
        }
        return n;
    }

    private void checkComplete() throws IOException {
        if (declared >= 0 && read < declared) {
            throw new IOException("the body ended after " + read + " of " + declared + " bytes");
        }
    }

    long bytesRead() {
        return read;
    }
}
