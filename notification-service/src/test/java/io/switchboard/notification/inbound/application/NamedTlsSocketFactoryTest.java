package io.switchboard.notification.inbound.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

class NamedTlsSocketFactoryTest {

    @Test
    void tlsOverTheCheckedAddressNamesTheConfiguredHostForSniAndTheCertificateCheck() throws Exception {
        NamedTlsSocketFactory factory = new NamedTlsSocketFactory("imap.example.com");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Socket plain = factory.createSocket();
            assertFalse(plain instanceof SSLSocket, "the mail library connects a plain socket first");
            plain.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 2_000);
            // the mail library passes the literal it connected to; the layer uses the name instead
            try (SSLSocket tls = (SSLSocket) factory.createSocket(plain, "127.0.0.1", server.getLocalPort(), true)) {
                assertEquals(List.of(new SNIHostName("imap.example.com")), tls.getSSLParameters().getServerNames());
            }
        }
    }

    @Test
    void socketsThatWouldLookANameUpAreNotMade() {
        NamedTlsSocketFactory factory = new NamedTlsSocketFactory("imap.example.com");
        assertThrows(SocketException.class, () -> factory.createSocket("imap.example.com", 993));
        assertThrows(SocketException.class, () -> factory.createSocket(InetAddress.getLoopbackAddress(), 993));
    }
}
