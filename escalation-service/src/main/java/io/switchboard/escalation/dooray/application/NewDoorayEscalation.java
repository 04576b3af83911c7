package io.switchboard.escalation.dooray.application;

import io.switchboard.escalation.dooray.application.DoorayApi.Body;
import java.util.List;
import java.util.UUID;

/** What an operator asks Dooray to do for a ticket: the task's subject, body, recipients, tags and priority. */
public record NewDoorayEscalation(UUID ticketId, String projectId, String subject, Body body, List<String> to,
                                  List<String> cc, List<String> tagIds, String priority) {

    public NewDoorayEscalation {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
        priority = priority == null ? "none" : priority;
    }
}
