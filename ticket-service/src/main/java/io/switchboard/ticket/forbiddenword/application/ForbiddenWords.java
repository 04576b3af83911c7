package io.switchboard.ticket.forbiddenword.application;

import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.forbiddenword.domain.ForbiddenWord;
import io.switchboard.ticket.forbiddenword.persistence.ForbiddenWordRepository;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.people.application.ForbiddenWordLists;
import io.switchboard.ticket.people.application.PeopleEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A service's forbidden words: admins keep the list, every reply is checked against it, and each change
 * republishes the service (ServiceChanged carries the list).
 */
@ApplicationScoped
public class ForbiddenWords implements ForbiddenWordLists {

    /** A reply that contains forbidden words; answered 400 naming them. */
    public static class ReplyRefused extends ProblemException.Invalid {
        private final List<String> words;

        ReplyRefused(List<String> words) {
            super("The reply contains forbidden words: " + String.join(", ", words) + ".",
                    List.of(new Problem.FieldError("body", "contains forbidden words: " + String.join(", ", words))));
            this.words = words;
        }

        @Override
        public Map<String, Object> extensions() {
            return Map.of("forbiddenWords", words);
        }
    }

    private final ForbiddenWordRepository words;
    private final AccessPolicy access;
    private final Clock clock;
    private final PeopleEvents peopleEvents;

    ForbiddenWords(ForbiddenWordRepository words, AccessPolicy access, Clock clock, PeopleEvents peopleEvents) {
        this.words = words;
        this.access = access;
        this.clock = clock;
        this.peopleEvents = peopleEvents;
    }

    @Transactional
    public List<ForbiddenWord> list(Caller caller, String serviceCode) {
        access.readableService(caller, serviceCode);
        return words.of(serviceCode);
    }

    @Transactional
    public ForbiddenWord add(Caller caller, String serviceCode, String word) {
        access.administrableService(caller, serviceCode);
        if (words.exists(serviceCode, word)) {
            throw new ProblemException.Conflict("\"" + word.strip() + "\" is already a forbidden word of " + serviceCode + ".");
        }
        ForbiddenWord added = new ForbiddenWord(serviceCode, word, caller.username(), clock.instant());
        words.add(added);
        peopleEvents.serviceChanged(serviceCode);
        return added;
    }

    @Transactional
    public void remove(Caller caller, String serviceCode, UUID id) {
        access.administrableService(caller, serviceCode);
        ForbiddenWord word = words.find(id).filter(w -> w.serviceCode().equals(serviceCode))
                .orElseThrow(() -> new ProblemException.NotFound("There is no forbidden word " + id + " in " + serviceCode + "."));
        words.remove(word);
        peopleEvents.serviceChanged(serviceCode);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> of(String serviceCode) {
        return words.of(serviceCode).stream().map(ForbiddenWord::word).toList();
    }

    /** Refuses (400) a reply of the service whose visible text contains any of its forbidden words. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(String serviceCode, String visibleText) {
        List<String> found = ForbiddenWord.foundIn(visibleText, words.of(serviceCode));
        if (!found.isEmpty()) {
            throw new ReplyRefused(found);
        }
    }
}
