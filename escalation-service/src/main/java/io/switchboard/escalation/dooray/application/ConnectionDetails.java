package io.switchboard.escalation.dooray.application;

import io.switchboard.escalation.dooray.domain.DoorayConnection;
import io.switchboard.escalation.dooray.domain.HookSecret;
import java.util.Optional;

/** A connection as the caller may see it: the hook secret only for the service's admins, who also may change it. */
public record ConnectionDetails(DoorayConnection connection, Optional<HookSecret> hookSecret, boolean mayAdminister) {
}
