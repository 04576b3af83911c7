package io.switchboard.ticket.ticket.domain;

import static io.switchboard.ticket.ticket.domain.TicketStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The transition table, spelled out once more: this test is the status diagram. */
class TicketStatusTest {

    private static final Map<TicketStatus, Set<TicketStatus>> EXPECTED = Map.ofEntries(
            // COMPLETED from the open statuses: only a trigger's forward-and-complete goes there directly
            Map.entry(UNASSIGNED, EnumSet.of(IN_PROGRESS, INTERNALLY_RESOLVED, COMPLETED)),
            Map.entry(IN_PROGRESS,
                    EnumSet.of(UNASSIGNED, ON_HOLD, RESOLVED, INTERNALLY_RESOLVED, ESCALATED, DOORAY_ESCALATED, COMPLETED)),
            Map.entry(ON_HOLD,
                    EnumSet.of(UNASSIGNED, IN_PROGRESS, RESOLVED, INTERNALLY_RESOLVED, ESCALATED, DOORAY_ESCALATED,
                            COMPLETED)),
            Map.entry(RESOLVED, EnumSet.of(IN_PROGRESS, COMPLETED)),
            Map.entry(COMPLETED, EnumSet.noneOf(TicketStatus.class)),
            Map.entry(INTERNALLY_RESOLVED,
                    EnumSet.of(UNASSIGNED, IN_PROGRESS, ON_HOLD, ESCALATION_ANSWERED, DOORAY_ANSWERED)),
            Map.entry(ESCALATED, EnumSet.of(ESCALATION_ANSWERED)),
            Map.entry(ESCALATION_ANSWERED, EnumSet.of(IN_PROGRESS, ON_HOLD, RESOLVED, INTERNALLY_RESOLVED, ESCALATED)),
            Map.entry(DOORAY_ESCALATED, EnumSet.of(DOORAY_IN_PROGRESS, DOORAY_ANSWERED)),
            Map.entry(DOORAY_IN_PROGRESS, EnumSet.of(DOORAY_ANSWERED)),
            Map.entry(DOORAY_ANSWERED, EnumSet.of(IN_PROGRESS, ON_HOLD, RESOLVED, INTERNALLY_RESOLVED, DOORAY_ESCALATED)));

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void eachStatusAllowsExactlyItsNextStatuses(TicketStatus status) {
        assertEquals(EXPECTED.get(status), status.next());
    }

    static Stream<Arguments> everyPair() {
        return Stream.of(values()).flatMap(from -> Stream.of(values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest
    @MethodSource("everyPair")
    void aForbiddenMoveNamesTheCurrentStatusAndTheAllowedOnes(TicketStatus from, TicketStatus to) {
        if (EXPECTED.get(from).contains(to)) {
            from.assertCanMoveTo(to);
            return;
        }
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> from.assertCanMoveTo(to));
        assertEquals(from, refused.current());
        assertEquals(EXPECTED.get(from), refused.allowed());
        assertTrue(refused.getMessage().contains(from.name()));
    }
}
