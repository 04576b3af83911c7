package io.switchboard.dooray.domain;

import java.util.Optional;

/** A project tag, in a group or on its own. */
public record Tag(String id, String name, Optional<TagGroup> group) {
}
