package io.switchboard.escalation.dooray.application;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.escalation.application.ServiceAccess;
import io.switchboard.escalation.application.TicketSnapshots;
import io.switchboard.escalation.domain.TicketSnapshot;
import io.switchboard.escalation.dooray.application.DoorayApi.Body;
import io.switchboard.escalation.dooray.application.DoorayApi.Tag;
import io.switchboard.escalation.dooray.application.DoorayApi.TagGroup;
import io.switchboard.escalation.dooray.domain.DoorayComment;
import io.switchboard.escalation.dooray.domain.DoorayConnection;
import io.switchboard.escalation.dooray.domain.DoorayEscalation;
import io.switchboard.escalation.dooray.domain.DoorayProjectSetting;
import io.switchboard.escalation.dooray.persistence.DoorayConnectionRepository;
import io.switchboard.escalation.dooray.persistence.DoorayEscalationRepository;
import io.switchboard.platform.events.Outbox;
import io.switchboard.platform.problem.Problem.FieldError;
import io.switchboard.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Escalating a ticket to a Dooray! task (Dooray 이관, PRODUCT.md §6), and the task's conversation.
 *
 * <p>The order makes a failure harmless: everything is checked (with Dooray's tags and members read first), then
 * the escalation is stored PENDING, then Dooray creates the task, then one transaction marks it OPEN and appends
 * DoorayTaskCreated, which moves the ticket in ticket-service. Dooray refusing removes the PENDING row again
 * (nothing stored, nothing published). A request Dooray may have carried out without answering, or a crash after
 * it, leaves the row PENDING: {@link DoorayReconciliation} looks for the task (its body names the escalation) and
 * opens or fails the escalation. The ticket therefore never shows DOORAY_ESCALATED without a task, and a task
 * Dooray made is never forgotten.
 */
@ApplicationScoped
public class DoorayEscalations {

    /** The statuses ticket-service Dooray-escalates from; it checks again when it moves the ticket. */
    static final Set<String> ESCALATABLE = Set.of("IN_PROGRESS", "ON_HOLD", "DOORAY_ANSWERED");
    static final Set<String> MIME_TYPES = Set.of("text/html", "text/x-markdown");
    static final Set<String> PRIORITIES = Set.of("none", "lowest", "low", "normal", "high", "highest");
    private static final Pattern DOORAY_ID = Pattern.compile("[0-9]{1,20}");
    private static final int MAX_SUBJECT = 200;
    private static final int MAX_CONTENT = 100_000;
    private static final int MAX_LIST = 50;

    private final DoorayEscalationRepository escalations;
    private final DoorayConnectionRepository connections;
    private final TicketSnapshots snapshots;
    private final ServiceAccess access;
    private final TokenCipher cipher;
    private final DoorayClient dooray;
    private final Outbox outbox;
    private final Clock clock;

    DoorayEscalations(DoorayEscalationRepository escalations, DoorayConnectionRepository connections,
                      TicketSnapshots snapshots, ServiceAccess access, TokenCipher cipher, DoorayClient dooray,
                      Outbox outbox, Clock clock) {
        this.escalations = escalations;
        this.connections = connections;
        this.snapshots = snapshots;
        this.access = access;
        this.cipher = cipher;
        this.dooray = dooray;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The escalation as stored, and whether Dooray confirmed the task (false: PENDING, being looked for). */
    public record Escalated(DoorayEscalation escalation, boolean confirmed) {
    }

    public Escalated escalate(NewDoorayEscalation request) {
        record Checked(TicketSnapshot ticket, DoorayProjectSetting project, String organizationId, String token,
                       String operatorMemberId) {
        }
        Checked checked = QuarkusTransaction.requiringNew().call(() -> {
            TicketSnapshot ticket = escalatable(request.ticketId());
            DoorayConnection connection = connections.find(ticket.serviceCode()).orElseThrow(() ->
                    new ProblemException.Conflict("Service " + ticket.serviceCode() + " has no Dooray connection; "
                            + "an admin of the service sets it up first."));
            List<FieldError> errors = checkFields(request);
            DoorayProjectSetting project = connection.project(String.valueOf(request.projectId())).orElse(null);
            if (project == null) {
                errors.add(0, new FieldError("projectId", "is not a project of service " + ticket.serviceCode()
                        + "'s Dooray connection"));
            }
            if (!errors.isEmpty()) {
                throw new ProblemException.Invalid("The Dooray escalation has invalid fields.", errors);
            }
            return new Checked(ticket, project, connection.organizationId(), cipher.openToken(connection),
                    connection.operatorMembers().get(access.username()));
        });
        String projectId = checked.project().projectId();
        checkWithDooray(request, checked.token(), projectId);

        String requestedBy = access.username();
        DoorayEscalation pending = QuarkusTransaction.requiringNew().call(() -> {
            TicketSnapshot ticket = escalatable(request.ticketId());
            DoorayEscalation escalation = DoorayEscalation.pending(ticket.ticketId(), ticket.number(),
                    ticket.serviceCode(), checked.project(), request.subject().strip(), requestedBy, clock.instant());
            escalations.add(escalation);
            return escalation;
        });
        String taskId;
        try {
            taskId = dooray.createPost(checked.token(), projectId, new DoorayApi.NewPost(pending.subject(),
                    signed(request.body(), pending, checked.organizationId(), requestedBy, checked.operatorMemberId()),
                    new DoorayApi.Recipients(users(request.to()), users(request.cc())), request.tagIds(),
                    request.priority()));
        } catch (DoorayFailure.Unavailable unanswered) {
            if (unanswered.mayHaveBeenDone()) {
                Log.warnf("Dooray did not answer creating the task of escalation %s; reconciliation looks for it",
                        pending.id());
                return new Escalated(pending, false);
            }
            forget(pending);
            throw unanswered;
        } catch (DoorayFailure failure) {
            forget(pending);
            throw asProblem(failure, projectId);
        }
        return new Escalated(open(pending.id(), taskId), true);
    }

    /** Dooray made the task: OPEN, and ticket-service is told (one transaction). */
    DoorayEscalation open(UUID id, String taskId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DoorayEscalation escalation = escalations.lock(id).orElseThrow();
            Instant now = clock.instant();
            escalation.opened(taskId, now);
            outbox.append(DoorayEvents.AGGREGATE, escalation.ticketId().toString(), DoorayEvents.TASK_CREATED,
                    new DoorayEvents.DoorayTaskCreated(escalation.id(), escalation.ticketId(), escalation.ticketNumber(),
                            escalation.serviceCode(), escalation.projectId(), escalation.projectName(), taskId,
                            escalation.subject(), escalation.requestedBy(), now));
            return escalation;
        });
    }

    /** For members of the ticket's service; 404 for everyone else. */
    public DoorayEscalation get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> readable(id));
    }

    /** Newest first; 404 unless the caller sees the ticket. */
    public List<DoorayEscalation> ofTicket(UUID ticketId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            snapshots.get(ticketId);
            return escalations.ofTicket(ticketId);
        });
    }

    /** The task's conversation, oldest first. */
    public List<DoorayComment> comments(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> escalations.comments(readable(id).id()));
    }

    /**
     * Posts an operator's comment on the task, as the connection's Dooray member, naming the operator (by their own
     * Dooray member when the connection maps them). The escalation stays locked meanwhile, so the task's hook for
     * this very comment waits and then finds it stored as Switchboard's.
     */
    public DoorayComment comment(UUID id, String content, String mimeType) {
        String type = mimeType == null ? "text/x-markdown" : mimeType;
        List<FieldError> errors = new ArrayList<>();
        if (content == null || content.isBlank() || content.length() > MAX_CONTENT) {
            errors.add(new FieldError("content", "must be 1 to " + MAX_CONTENT + " characters"));
        }
        if (!MIME_TYPES.contains(type)) {
            errors.add(new FieldError("mimeType", "must be text/html or text/x-markdown"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("The comment has invalid fields.", errors);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            readable(id);
            DoorayEscalation escalation = escalations.lock(id).orElseThrow();
            if (!escalation.takesComments()) {
                throw new ProblemException.Conflict("Dooray escalation of ticket " + escalation.ticketNumber() + " is "
                        + escalation.status() + "; comments are posted while its task is open (escalate again for a "
                        + "new task).");
            }
            DoorayConnection connection = connections.find(escalation.serviceCode()).orElseThrow(() ->
                    new ProblemException.Conflict("Service " + escalation.serviceCode() + " has no Dooray connection "
                            + "any more."));
            String username = access.username();
            String memberId = connection.operatorMembers().get(username);
            String commentId;
            try {
                commentId = dooray.addComment(cipher.openToken(connection), escalation.projectId(),
                        escalation.taskId().orElseThrow(), new Body(type,
                                byline(type, connection.organizationId(), username, memberId) + content));
            } catch (DoorayFailure failure) {
                throw asProblem(failure, escalation.projectId());
            }
            DoorayComment comment = new DoorayComment(id, commentId, username, memberId, username, true, content, type,
                    clock.instant());
            escalations.addComment(comment);
            return comment;
        });
    }

    private DoorayEscalation readable(UUID id) {
        return escalations.find(id).filter(e -> access.mayReadTickets(e.serviceCode()))
                .orElseThrow(() -> new ProblemException.NotFound("There is no Dooray escalation " + id + "."));
    }

    private TicketSnapshot escalatable(UUID ticketId) {
        TicketSnapshot ticket = snapshots.get(ticketId);
        access.permitEscalation(ticket);
        if (!ESCALATABLE.contains(ticket.status())) {
            throw new ProblemException.Conflict("Ticket " + ticket.number() + " is " + ticket.status()
                    + "; it can be escalated to Dooray when IN_PROGRESS, ON_HOLD or DOORAY_ANSWERED.");
        }
        if (escalations.ofTicket(ticketId).stream().anyMatch(e -> e.status() == DoorayEscalation.Status.PENDING
                || e.status() == DoorayEscalation.Status.OPEN)) {
            throw new ProblemException.Conflict("Ticket " + ticket.number() + " has an open Dooray task already.");
        }
        return ticket;
    }

    private static List<FieldError> checkFields(NewDoorayEscalation request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.subject() == null || request.subject().isBlank() || request.subject().strip().length() > MAX_SUBJECT) {
            errors.add(new FieldError("subject", "must be 1 to " + MAX_SUBJECT + " characters"));
        }
        if (request.body() == null || !MIME_TYPES.contains(request.body().mimeType())) {
            errors.add(new FieldError("body.mimeType", "must be text/html or text/x-markdown"));
        }
        if (request.body() == null || request.body().content() == null || request.body().content().isBlank()
                || request.body().content().length() > MAX_CONTENT) {
            errors.add(new FieldError("body.content", "must be 1 to " + MAX_CONTENT + " characters"));
        }
        if (!PRIORITIES.contains(request.priority())) {
            errors.add(new FieldError("priority", "must be one of none, lowest, low, normal, high, highest"));
        }
        checkIds(errors, "to", request.to());
        checkIds(errors, "cc", request.cc());
        checkIds(errors, "tagIds", request.tagIds());
        return errors;
    }

    private static void checkIds(List<FieldError> errors, String field, List<String> ids) {
        if (ids.size() > MAX_LIST) {
            errors.add(new FieldError(field, "may list at most " + MAX_LIST));
        }
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || !DOORAY_ID.matcher(ids.get(i)).matches()) {
                errors.add(new FieldError(field + "[" + i + "]", "must be a Dooray id (decimal digits)"));
            }
        }
    }

    /** Tags (every mandatory group chosen, select-one groups once) and recipients, before Dooray is asked to create. */
    private void checkWithDooray(NewDoorayEscalation request, String token, String projectId) {
        List<FieldError> errors = new ArrayList<>();
        try {
            Map<String, Tag> tags = new HashMap<>();
            dooray.tags(token, projectId).forEach(tag -> tags.put(tag.id(), tag));
            Map<String, TagGroup> groups = new LinkedHashMap<>();
            tags.values().forEach(tag -> tag.group().ifPresent(group -> groups.putIfAbsent(group.id(), group)));
            Map<String, Integer> chosen = new HashMap<>();
            for (int i = 0; i < request.tagIds().size(); i++) {
                Tag tag = tags.get(request.tagIds().get(i));
                if (tag == null) {
                    errors.add(new FieldError("tagIds[" + i + "]", "is not a tag of Dooray project " + projectId));
                } else {
                    tag.group().ifPresent(group -> chosen.merge(group.id(), 1, Integer::sum));
                }
            }
            for (TagGroup group : groups.values()) {
                int count = chosen.getOrDefault(group.id(), 0);
                if (group.mandatory() && count == 0) {
                    errors.add(new FieldError("tagIds", "choose a tag of " + group.name()));
                } else if (group.selectOne() && count > 1) {
                    errors.add(new FieldError("tagIds", "choose only one tag of " + group.name()));
                }
            }
            Set<String> members = new HashSet<>();
            dooray.members(token, projectId).forEach(member -> members.add(member.organizationMemberId()));
            checkMembers(errors, "to", request.to(), members, projectId);
            checkMembers(errors, "cc", request.cc(), members, projectId);
        } catch (DoorayFailure failure) {
            throw asProblem(failure, projectId);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("Dooray would not accept the task.", errors);
        }
    }

    private static void checkMembers(List<FieldError> errors, String field, List<String> ids, Set<String> members,
                                     String projectId) {
        for (int i = 0; i < ids.size(); i++) {
            if (!members.contains(ids.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "is not a member of Dooray project " + projectId));
            }
        }
    }

    private void forget(DoorayEscalation pending) {
        QuarkusTransaction.requiringNew().run(() -> escalations.lock(pending.id()).ifPresent(escalations::remove));
    }

    /** Dooray's refusals as what the operator can act on; the client's retries are over by now. */
    static RuntimeException asProblem(DoorayFailure failure, String projectId) {
        if (failure instanceof DoorayFailure.TokenRejected) {
            return new ProblemException.Conflict("The service's Dooray token is no longer valid — an admin must "
                    + "replace it in the Dooray connection.");
        }
        if (failure instanceof DoorayFailure.ProjectForbidden) {
            return new ProblemException.Conflict("The service's Dooray organisation may no longer use project "
                    + projectId + " — an admin must check the Dooray connection.");
        }
        if (failure instanceof DoorayFailure.NotFound) {
            return new ProblemException.Conflict("Dooray has no project " + projectId + " (or no such task) any more "
                    + "— an admin must check the Dooray connection.");
        }
        if (failure instanceof DoorayFailure.Refused) {
            return new ProblemException.Invalid("Dooray refused the task.",
                    List.of(new FieldError("body", "Dooray: " + failure.getMessage())));
        }
        return failure; // not Dooray's answer, or Dooray away: DoorayProblems answers 502/503
    }

    private static List<DoorayApi.User> users(List<String> memberIds) {
        return memberIds.stream().map(DoorayApi.User::member).toList();
    }

    /** The task names its ticket, who escalated it and the escalation (how reconciliation recognises it). */
    private static Body signed(Body body, DoorayEscalation escalation, String organizationId, String username,
                               String memberId) {
        String who = mention(body.mimeType(), organizationId, username, memberId);
        String footer = "Switchboard ticket " + escalation.ticketNumber() + ", escalated by " + who + " · "
                + marker(escalation.id());
        return new Body(body.mimeType(), "text/html".equals(body.mimeType())
                ? body.content() + "<hr><p>" + footer + "</p>"
                : body.content() + "\n\n---\n" + footer);
    }

    /** What the body of an escalation's task contains, and nothing else does. */
    static String marker(UUID escalationId) {
        return "escalation " + escalationId;
    }

    private static String byline(String mimeType, String organizationId, String username, String memberId) {
        String who = mention(mimeType, organizationId, username, memberId);
        return "text/html".equals(mimeType) ? "<p>" + who + " (Switchboard):</p>" : who + " (Switchboard):\n\n";
    }

    /** A Dooray mention of the operator's own member when the connection maps them, their username otherwise. */
    private static String mention(String mimeType, String organizationId, String username, String memberId) {
        if (memberId == null) {
            return username;
        }
        String link = "dooray://" + organizationId + "/members/" + memberId;
        return "text/html".equals(mimeType) ? "<a href=\"" + link + "\">@" + username + "</a>"
                : "[@" + username + "](" + link + " \"member\")";
    }
}
