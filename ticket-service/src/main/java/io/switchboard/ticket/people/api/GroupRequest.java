package io.switchboard.ticket.people.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An operator group's name, unique in its service", example = "{\"name\": \"Billing\"}")
public record GroupRequest(@NotBlank @Size(max = 100) String name) {
}
