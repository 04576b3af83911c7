package io.switchboard.dooray.domain;

import java.time.Instant;

/** A comment on a task (a "log" of type comment in Dooray's API). */
public record Comment(String id, Body body, Member creator, Instant createdAt) {
}
