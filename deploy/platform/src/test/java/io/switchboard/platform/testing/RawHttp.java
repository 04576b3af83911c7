package io.switchboard.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Requests HTTP clients refuse to send (a raw brace in the path, a 5,000-character URL, a 25 KB header),
 * written to the socket as they are. {@code Host} and {@code Connection: close} are added.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The whole answer (status line, headers, body) to {@code head}: a request line and optional header lines. */
    public static String send(URL server, String head) {
        return send(server, head, new byte[0]);
    }

    /** The same with a body (its Content-Length is added). */
    public static String send(URL server, String head, byte[] body) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            String headers = head + "Host: " + server.getHost() + "\r\nConnection: close\r\n"
                    + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n";
            socket.getOutputStream().write(headers.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(body);
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
