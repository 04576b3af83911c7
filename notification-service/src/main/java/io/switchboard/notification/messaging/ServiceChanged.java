package io.switchboard.notification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.switchboard.notification.domain.OperatorContact;
import io.switchboard.notification.domain.ServiceCopy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The part of ticket-service's {@code ServiceChanged} data notifications keep: the service, who administers it,
 * where its members are mailed, its languages (layout fallback) and forbidden words (mail previews).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceChanged(String serviceCode, String name, List<String> languages, List<String> forbiddenWords,
                             List<Member> members, Instant changedAt) {

    public static final String TYPE = "ServiceChanged";
    private static final Pattern SERVICE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");

    public ServiceChanged {
        if (serviceCode == null || !SERVICE_CODE.matcher(serviceCode).matches() || name == null || members == null
                || changedAt == null) {
            throw new IllegalArgumentException("ServiceChanged needs a valid serviceCode, name, members and changedAt");
        }
        if (members.stream().anyMatch(m -> m == null || m.username() == null || m.role() == null)) {
            throw new IllegalArgumentException("every member needs a username and a role");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String username, ServiceCopy.Role role, String displayName, String email) {
    }

    List<OperatorContact> contacts() {
        return members.stream().map(m -> new OperatorContact(m.username(), m.displayName() == null ? m.username()
                : m.displayName(), m.email())).toList();
    }

    Map<String, ServiceCopy.Role> roles() {
        return members.stream().collect(Collectors.toMap(Member::username, Member::role, (a, b) -> a));
    }
}
