package io.switchboard.ticket.people.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether tickets may be assigned or forwarded to me", example = "{\"enabled\": false}")
public record AssignmentToggleRequest(@NotNull Boolean enabled) {
}
