package io.switchboard.notification.inbound.application;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.ssl.SSLSocketFactory;

/**
 * TLS for a mail server whose address was checked: the mail library connects a plain socket to that address
 * (given as a literal, so nothing is looked up again) and layers TLS over it here, with the host name the
 * admin set for SNI and the certificate check.
 */
final class NamedTlsSocketFactory extends SSLSocketFactory {

    private final SSLSocketFactory tls = (SSLSocketFactory) SSLSocketFactory.getDefault();
    private final String name;

    NamedTlsSocketFactory(String name) {
        this.name = name;
    }

    /** Unconnected and plain: the caller connects it to the checked address, then asks for the TLS layer. */
    @Override
    public Socket createSocket() {
        return new Socket();
    }

    @Override
    public Socket createSocket(Socket connected, String host, int port, boolean autoClose) throws IOException {
        return tls.createSocket(connected, name, port, autoClose);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        throw unchecked();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        throw unchecked();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        throw unchecked();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        throw unchecked();
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return tls.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return tls.getSupportedCipherSuites();
    }

    private static SocketException unchecked() {
        return new SocketException("mail servers are reached only through their checked address");
    }
}
