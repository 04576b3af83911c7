package io.switchboard.routing.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Names and addresses a decision needs to resolve recipients and fill replacement codes. */
public interface AddressBook {

    record Person(String name, String email) {
    }

    Optional<Person> operator(String username);

    Optional<String> groupName(UUID groupId);

    /** The e-mail addresses of the group's members that have one. */
    List<String> groupEmails(UUID groupId);

    String serviceName();

    /** The service's help-center languages, the default first. */
    List<String> languages();
}
