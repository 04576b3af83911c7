package io.switchboard.ticket.people.application;

import java.util.List;

/**
 * A service's forbidden words, as ServiceChanged carries them; the forbidden-word feature implements this so
 * people do not depend on it.
 */
public interface ForbiddenWordLists {

    List<String> of(String serviceCode);
}
