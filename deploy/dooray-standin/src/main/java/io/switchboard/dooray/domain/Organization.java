package io.switchboard.dooray.domain;

/** A Dooray organisation (tenant). */
public record Organization(String id, String name) {
}
