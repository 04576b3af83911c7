package io.switchboard.dooray.domain;

/** A project member: an organisation member id, a display name and the project role (admin, member ...). */
public record Member(String organizationMemberId, String name, String role) {
}
