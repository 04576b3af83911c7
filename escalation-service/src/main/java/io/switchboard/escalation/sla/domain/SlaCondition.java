package io.switchboard.escalation.sla.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * One condition of a policy: the ticket's priority or channel is (not) one of the values, its inquiry type is
 * (not) one of them or a descendant, its tags contain any (none) of them.
 */
public record SlaCondition(Target target, Operator operator, List<String> values) {

    public enum Target { priority, channel, inquiryTypeId, tags }

    public enum Operator { in, not_in }

    public SlaCondition {
        values = List.copyOf(values);
    }

    public boolean matches(TicketFacts ticket) {
        boolean any = switch (target) {
            case priority -> values.contains(ticket.priority().name());
            case channel -> values.contains(ticket.channel());
            case inquiryTypeId -> overlaps(ticket.inquiryTypePath().stream().map(Object::toString).toList());
            case tags -> overlaps(ticket.tags());
        };
        return operator == Operator.in == any;
    }

    private boolean overlaps(Collection<String> actual) {
        Set<String> wanted = Set.copyOf(values);
        return actual.stream().anyMatch(wanted::contains);
    }
}
