package io.switchboard.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssignmentNoticeTest {

    @Test
    void anOperatorsAssignmentNamesTheOperatorAndTheReasonIfAny() {
        assertTrue(notice("bob@example.com", new AssignmentNotice.Assigner(false, "alice", null)).text()
                .contains("in group Support by alice.\n"));
        assertTrue(notice("bob@example.com", new AssignmentNotice.Assigner(false, "alice", "vacation cover")).text()
                .contains("in group Support by alice — vacation cover.\n"));
    }

    @Test
    void aTriggersAssignmentNamesTheTriggerAndItsExplanation() {
        AssignmentNotice notice = notice("bob@example.com",
                new AssignmentNotice.Assigner(true, "Billing", "round-robin among 3"));
        assertEquals("[CS-7] Assigned to you: A & B", notice.subject());
        assertTrue(notice.text().contains("by trigger 'Billing' — round-robin among 3."), notice.text());
        assertTrue(notice.html().contains("&ldquo;A &amp; B&rdquo;") && notice.html().contains("by trigger &#39;Billing&#39;"),
                notice.html());
    }

    @Test
    void anAssigneeWithoutAddressCannotBeMailed() {
        assertFalse(notice(null, new AssignmentNotice.Assigner(false, "alice", null)).deliverable());
        assertFalse(notice(" ", new AssignmentNotice.Assigner(false, "alice", null)).deliverable());
    }

    private static AssignmentNotice notice(String email, AssignmentNotice.Assigner by) {
        return new AssignmentNotice(UUID.randomUUID(), "CS-7", "A & B", "Support", "Bob Lee", email, by);
    }
}
