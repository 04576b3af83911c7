package io.switchboard.platform.demo;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Loads the service's {@code demo-data.sql} at start-up when the local stack asks for it
 * ({@code SWITCHBOARD_DEMO_DATA_ENABLED=true}); a service without such a script has no demo data.
 * The script must be idempotent (ON CONFLICT DO NOTHING).
 */
@Singleton
public class DemoData {

    @ConfigMapping(prefix = "switchboard.demo-data")
    public interface Config {
        @WithDefault("false")
        boolean enabled();

        @WithDefault("demo-data.sql")
        String script();
    }

    // after Flyway (which migrates at start-up with a higher priority)
    void load(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 100) StartupEvent start,
              Config config, EntityManager entityManager) {
        if (!config.enabled()) {
            return;
        }
        Optional<String> script = read(config.script());
        if (script.isEmpty()) {
            Log.infof("No demo data for this service (%s not on the class path)", config.script());
            return;
        }
        String sql = script.get();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql).executeUpdate());
        Log.infof("Demo data loaded from %s", config.script());
    }

    private static Optional<String> read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
