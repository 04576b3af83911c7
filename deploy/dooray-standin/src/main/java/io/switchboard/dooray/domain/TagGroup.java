package io.switchboard.dooray.domain;

/** A tag group: mandatory groups need one of their tags on every new task, select-one groups allow at most one. */
public record TagGroup(String id, String name, boolean mandatory, boolean selectOne) {
}
