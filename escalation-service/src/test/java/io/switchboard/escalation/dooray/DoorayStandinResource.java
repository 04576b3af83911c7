package io.switchboard.escalation.dooray;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real Dooray stand-in (deploy/dooray-standin, built before this module) as a child process on a free port of
 * 127.0.0.1, seeded with {@code dooray-standin-seed.json}; escalation-service's Dooray client is pointed at it.
 */
public class DoorayStandinResource implements QuarkusTestResourceLifecycleManager {

    private static final Path JAR = Path.of("../deploy/dooray-standin/target/quarkus-app/quarkus-run.jar");
    private static final Path SEED = Path.of("src/test/resources/dooray-standin-seed.json");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private Process standin;

    @Override
    public Map<String, String> start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath().normalize() + " is missing: build the stand-in first "
                    + "(./mvnw -pl deploy/dooray-standin,escalation-service -am verify)");
        }
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Path.of("target/dooray-standin.log");
        ProcessBuilder command = new ProcessBuilder(List.of(java, "-Xmx96m", "-Dquarkus.http.port=" + port,
                "-Ddooray-standin.seed-file=" + SEED.toAbsolutePath(),
                // its prod profile adds the local stack's token, here one more of the seed's organisation 100
                "-Ddooray-standin.tokens.local.organization=100", "-Ddooray-standin.tokens.local.member=1001",
                "-jar", JAR.toAbsolutePath().toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        command.environment().put("DOORAY_STANDIN_LOCAL_TOKEN", "escalation-service-tests-local-token");
        try {
            standin = command.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Dooray stand-in", e);
        }
        String url = "http://127.0.0.1:" + port;
        awaitReady(url, log);
        return Map.of("switchboard.dooray.base-url", url);
    }

    @Override
    public void stop() {
        if (standin != null) {
            standin.destroy();
            try {
                if (!standin.waitFor(10, TimeUnit.SECONDS)) {
                    standin.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                standin.destroyForcibly();
            }
        }
    }

    private void awaitReady(String url, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!standin.isAlive()) {
                throw new IllegalStateException("the Dooray stand-in exited with " + standin.exitValue() + "; see "
                        + log.toAbsolutePath());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("the Dooray stand-in was not ready within " + START_TIMEOUT + "; see "
                + log.toAbsolutePath());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
