package io.switchboard.dooray.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The injected faults, used in the order they were added; each is gone once it has answered its count. */
@ApplicationScoped
public class Faults {

    private final List<Fault> pending = new ArrayList<>();

    public synchronized void add(Fault fault) {
        pending.add(fault);
    }

    public synchronized List<Fault> pending() {
        return List.copyOf(pending);
    }

    public synchronized void clear() {
        pending.clear();
    }

    /** The fault this call meets, if any, counted as used. */
    public synchronized Optional<Fault> take(String method, String path) {
        for (int i = 0; i < pending.size(); i++) {
            Fault fault = pending.get(i);
            if (fault.matches(method, path)) {
                if (fault.count() == 1) {
                    pending.remove(i);
                } else {
                    pending.set(i, fault.usedOnce());
                }
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }
}
