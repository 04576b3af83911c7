package io.switchboard.escalation.dooray.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;

/** A Dooray project a service escalates to: its id, the name operators see, and who registers its tasks. */
@Embeddable
public class DoorayProjectSetting {

    @Column(name = "project_id", nullable = false)
    private String projectId;

    @Column(name = "name", nullable = false)
    private String name;

    /** The representative registrant's organizationMemberId; tasks name them when the operator has no member id. */
    @Column(name = "registrant_member_id")
    private String registrantMemberId;

    protected DoorayProjectSetting() {
    }

    public DoorayProjectSetting(String projectId, String name, String registrantMemberId) {
        this.projectId = Objects.requireNonNull(projectId);
        this.name = Objects.requireNonNull(name);
        this.registrantMemberId = registrantMemberId;
    }

    public String projectId() {
        return projectId;
    }

    public String name() {
        return name;
    }

    public Optional<String> registrantMemberId() {
        return Optional.ofNullable(registrantMemberId);
    }
}
