package io.switchboard.gateway;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What HTTP clients such as REST Assured refuse to send: written to the socket as it is. */
@QuarkusTest
@QuarkusTestResource(UpstreamAndSpaResource.class)
class RequestGuardTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aRawBraceInThePathIsA400Problem() throws IOException {
        String answer = send("GET /api/v1/services/{code}/groups HTTP/1.1\r\n");
        assertThat(answer, startsWith("HTTP/1.1 400"));
        assertThat(answer, containsString("application/problem+json"));
        assertThat(answer, containsString("characters such as { } |"));
    }

    @Test
    void aTooLongUrlIsA414Problem() throws IOException {
        String answer = send("GET /api/v1/tickets?q=" + "a".repeat(5_000) + " HTTP/1.1\r\n");
        assertThat(answer, startsWith("HTTP/1.1 414"));
        assertThat(answer, containsString("\"detail\":\"The request URI is longer than 4096 characters.\""));
    }

    @Test
    void tooLargeHeadersAreA431Problem() throws IOException {
        String answer = send("GET /api/v1/tickets HTTP/1.1\r\nX-Padding: " + "b".repeat(25_000) + "\r\n");
        assertThat(answer, startsWith("HTTP/1.1 431"));
        assertThat(answer, containsString("\"type\":\"https://switchboard.dev/problems/request-header-fields-too-large\""));
    }

    /** Sends a request line (and headers) with Host and Connection: close added; answers status, headers and body. */
    private String send(String head) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((head + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
