package io.switchboard.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh embedded-PostgreSQL database reached through a {@link DatabaseGate}, for tests of what a service
 * does while its database is away. Declare it with {@code restrictToAnnotatedClass = true}; it overrides the
 * datasource of {@link EmbeddedPostgresResource}.
 */
public class DatabaseOutageResource implements QuarkusTestResourceLifecycleManager {

    private static final Pattern PORT = Pattern.compile("//localhost:(\\d+)/");
    private static volatile DatabaseGate gate;

    /** The gate of the running test application. */
    public static DatabaseGate gate() {
        return gate;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> properties = new HashMap<>(new EmbeddedPostgresResource().start());
        String url = properties.get("quarkus.datasource.jdbc.url");
        Matcher port = PORT.matcher(url);
        if (!port.find()) {
            throw new IllegalStateException("no port in " + url);
        }
        gate = new DatabaseGate(Integer.parseInt(port.group(1)));
        properties.put("quarkus.datasource.jdbc.url", port.replaceFirst("//127.0.0.1:" + gate.port() + "/"));
        return properties;
    }

    @Override
    public void stop() {
        if (gate != null) {
            gate.cut();
        }
    }

    @Override
    public int order() {
        return 100; // after EmbeddedPostgresResource, whose datasource this one replaces
    }
}
