package io.switchboard.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The SPA in Debian's Chromium (playwright-core), logged in through the real Keycloak page: an operator
 * creates a ticket and sees it assigned without reloading, previews a reply's mail, reserves a callback and marks
 * it done; an org-admin opens a service's mail settings; the console switches to Korean and Japanese. The
 * scenarios live in frontend/e2e.
 */
class ConsoleBrowserIT {

    static final Path LOG = Stack.ROOT.resolve("deploy/system-tests/target/console-e2e.log");

    @Test
    void theConsoleScenariosPassInTheBrowser() {
        int exit = Stack.run(LOG, Duration.ofMinutes(5), "npm", "--prefix", "frontend", "run", "e2e");
        assertEquals(0, exit, "frontend e2e failed:\n" + Stack.tail(LOG));
    }
}
