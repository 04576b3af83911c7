package io.switchboard.escalation.application;

import io.quarkus.logging.Log;
import io.switchboard.escalation.domain.Escalation;
import io.switchboard.escalation.domain.ServiceCopy;
import io.switchboard.escalation.domain.ServiceType;
import io.switchboard.escalation.domain.TicketSnapshot;
import io.switchboard.escalation.persistence.EscalationRepository;
import io.switchboard.escalation.persistence.ServiceCopyRepository;
import io.switchboard.platform.events.Outbox;
import io.switchboard.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Issue-management escalations (PRODUCT.md §6). A request is checked against what this service knows of the
 * ticket and the services, stored as REQUESTED and published (EscalationRequested) in one transaction; ticket-service
 * carries it out and reports back, so a request made while ticket-service is down completes when it is back.
 */
@ApplicationScoped
public class Escalations {

    public static final String AGGREGATE = "escalation";
    public static final String ESCALATION_REQUESTED = "EscalationRequested";
    /** The statuses ticket-service escalates from; it checks again when it carries the request out. */
    static final Set<String> ESCALATABLE = Set.of("IN_PROGRESS", "ON_HOLD", "ESCALATION_ANSWERED");

    public record NewEscalation(UUID ticketId, String targetServiceCode, UUID inquiryTypeId, Map<String, Object> fields,
                                String title, String content) {
    }

    /** EscalationRequested's data; contract in docs/events/schemas. */
    public record EscalationRequested(UUID escalationId, UUID ticketId, String number, String serviceCode,
                                      String targetServiceCode, UUID inquiryTypeId, Map<String, Object> fields,
                                      String title, String content, String requestedBy, Instant requestedAt) {
    }

    private final EscalationRepository escalations;
    private final ServiceCopyRepository services;
    private final TicketSnapshots snapshots;
    private final ServiceAccess access;
    private final Outbox outbox;
    private final Clock clock;

    Escalations(EscalationRepository escalations, ServiceCopyRepository services, TicketSnapshots snapshots,
                ServiceAccess access, Outbox outbox, Clock clock) {
        this.escalations = escalations;
        this.services = services;
        this.snapshots = snapshots;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Escalation request(NewEscalation request) {
        TicketSnapshot source = snapshots.get(request.ticketId());
        access.permitEscalation(source);
        boolean inquiry = services.find(source.serviceCode()).map(ServiceCopy::type)
                .map(type -> type == ServiceType.INQUIRY).orElse(false);
        if (!inquiry) {
            throw new ProblemException.Conflict("Only tickets of inquiry services are escalated; "
                    + source.serviceCode() + " manages issues itself.");
        }
        ServiceCopy target = services.find(request.targetServiceCode()).filter(s -> s.type() == ServiceType.ISSUE)
                .orElseThrow(() -> new ProblemException.Invalid("targetServiceCode", "is not an issue-management "
                        + "service; see GET /api/v1/escalations/targets"));
        if (!ESCALATABLE.contains(source.status())) {
            throw new ProblemException.Conflict("Ticket " + source.number() + " is " + source.status()
                    + "; it can be escalated when IN_PROGRESS, ON_HOLD or ESCALATION_ANSWERED.");
        }
        if (escalations.anyRequested(source.ticketId())) {
            throw new ProblemException.Conflict("An escalation of ticket " + source.number()
                    + " is already being carried out.");
        }
        Escalation escalation = Escalation.request(source, target.code(), request.inquiryTypeId(), request.fields(),
                request.title().strip(), request.content(), access.username(), clock.instant());
        escalations.add(escalation);
        outbox.append(AGGREGATE, source.ticketId().toString(), ESCALATION_REQUESTED, new EscalationRequested(
                escalation.id(), source.ticketId(), source.number(), source.serviceCode(), target.code(),
                escalation.inquiryTypeId(), escalation.fields(), escalation.title(), escalation.content(),
                escalation.requestedBy(), escalation.requestedAt()));
        return escalation;
    }

    /** The issue-management services the ticket may be escalated to (404 for who cannot see the ticket). */
    @Transactional
    public List<ServiceCopy> targets(UUID ticketId) {
        TicketSnapshot source = snapshots.get(ticketId);
        return services.ofType(ServiceType.ISSUE).stream().filter(s -> !s.code().equals(source.serviceCode())).toList();
    }

    /** For members of either side; 404 for everyone else. */
    @Transactional
    public Escalation get(UUID id) {
        return escalations.find(id).filter(access::mayRead)
                .orElseThrow(() -> new ProblemException.NotFound("There is no escalation " + id + "."));
    }

    /** A ticket's escalations, as the escalated or as the issue ticket, that the caller may read; newest first. */
    @Transactional
    public List<Escalation> ofTicket(UUID ticketId) {
        List<Escalation> readable = escalations.ofTicket(ticketId).stream().filter(access::mayRead).toList();
        if (readable.isEmpty()) {
            snapshots.get(ticketId); // 404 unless the caller sees the ticket: an empty list would say it exists
        }
        return readable;
    }

    /** ticket-service opened the issue ticket. Runs in the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(UUID id, UUID issueTicketId, String issueNumber, Instant at) {
        update(id, escalation -> escalation.opened(issueTicketId, issueNumber, at));
    }

    /** ticket-service refused the request and wrote nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refused(UUID id, String reason, Instant at) {
        update(id, escalation -> escalation.refused(reason, at));
    }

    /** The issue ticket answered. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(UUID id, Escalation.Answer answer) {
        update(id, escalation -> escalation.answered(answer));
    }

    private void update(UUID id, Consumer<Escalation> step) {
        escalations.lock(id).ifPresentOrElse(step,
                () -> Log.warnf("A report names escalation %s, which is not known here; ignored", id));
    }
}
