package io.switchboard.routing.application;

import io.switchboard.routing.domain.AddressBook;
import io.switchboard.routing.domain.GroupMember;
import io.switchboard.routing.domain.OperatorGroup;
import io.switchboard.routing.domain.ServiceProfile;
import io.switchboard.routing.persistence.StateRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Names and addresses of one service, from routing's copies (ServiceChanged first, then group members). */
final class Addresses implements AddressBook {

    private final StateRepository state;
    private final String serviceCode;
    private final Optional<ServiceProfile> service;

    Addresses(StateRepository state, String serviceCode) {
        this.state = state;
        this.serviceCode = serviceCode;
        this.service = state.service(serviceCode);
    }

    @Override
    public Optional<Person> operator(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Optional<Person> fromService = service.flatMap(s -> s.member(username))
                .map(m -> new Person(m.displayName() == null ? username : m.displayName(), m.email()));
        return fromService.or(() -> state.anyMembership(serviceCode, username)
                .map(m -> new Person(m.name(), m.email())));
    }

    @Override
    public Optional<String> groupName(UUID groupId) {
        return state.group(groupId).map(OperatorGroup::name);
    }

    @Override
    public List<String> groupEmails(UUID groupId) {
        return state.membersInJoinOrder(groupId).stream().map(GroupMember::email)
                .filter(e -> e != null && !e.isBlank()).distinct().toList();
    }

    @Override
    public String serviceName() {
        return service.map(ServiceProfile::name).orElse(serviceCode);
    }

    @Override
    public List<String> languages() {
        return service.map(ServiceProfile::languages).orElse(List.of());
    }
}
