package org.accord.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP/1.1 request written by hand on a socket, for what a well-behaved client never does: declare a
 * body it never sends in full, or go away in the middle of it.
 */
public final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;

    public RawHttp(String method, String pathAndQuery, String token, long contentLength) throws IOException {
        this(method, pathAndQuery, token, contentLength, "application/octet-stream");
    }

    public RawHttp(String method, String pathAndQuery, String token, long contentLength, String contentType)
            throws IOException {
        this(method, pathAndQuery, token, contentLength, contentType, "");
    }

    /** With one more header line, e.g. {@code "Idempotency-Key: 42"}. */
    public RawHttp(String method, String pathAndQuery, String token, long contentLength, String contentType,
            String extraHeader) throws IOException {
        URI base = URI.create(Api.BASE_URL);
        socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(30_000);
        out = socket.getOutputStream();
        String head = method + " " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: " + contentType + "\r\n"
                + "Content-Length: " + contentLength + "\r\nAccept: application/json\r\n"
                + (extraHeader.isEmpty() ? "" : extraHeader + "\r\n") + "\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Sends {@code count} bytes of the body. */
    public void send(long count) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        for (long left = count; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
        out.flush();
    }

    /** Sends these bytes of the body. */
    public void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Whether the server has begun to answer (or closed the connection) already. */
    public boolean answered() throws IOException {
        return socket.getInputStream().available() > 0;
    }

    /** The status line and whatever of the answer arrives within the socket timeout. */
    public String answer() throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        StringBuilder text = new StringBuilder();
        for (int n; (n = in.read(buffer)) > 0;) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            if (text.indexOf("\r\n\r\n") > 0 && text.toString().strip().endsWith("}")) {
                break;
            }
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
