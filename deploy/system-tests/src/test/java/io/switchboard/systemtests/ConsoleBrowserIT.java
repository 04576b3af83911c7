package io.switchboard.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The SPA in Debian's Chromium (playwright-core), logged in through the real Keycloak page: an operator
 * creates a ticket and sees it assigned without reloading, previews a reply's mail, reserves a callback and marks
 * it done; an org-admin opens a service's mail settings; the console switches to Korean and Japanese; in Korean, an
 * admin connects a service to the Dooray stand-in and an operator follows the task and its comments; in Japanese, an
 * admin sets an SLA policy whose ticket shows its due time and warning; an operator takes a phone call as a ticket
 * without e-mail with a callback in my status, and masks a phone number that an admin unmasks. The scenarios live
 * in frontend/e2e.
 */
class ConsoleBrowserIT {

    static final Path LOG = Stack.ROOT.resolve("deploy/system-tests/target/console-e2e.log");

    @Test
    void theConsoleScenariosPassInTheBrowser() {
        int exit = Stack.run(LOG, Duration.ofMinutes(10), "npm", "--prefix", "frontend", "run", "e2e");
        assertEquals(0, exit, "frontend e2e failed:\n" + Stack.tail(LOG));
    }
}
