package io.switchboard.ticket.template.application;

import io.switchboard.platform.problem.IfMatch;
import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.Workspace;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import io.switchboard.ticket.processingtype.persistence.ProcessingTypeRepository;
import io.switchboard.ticket.template.domain.RenderValues;
import io.switchboard.ticket.template.domain.Template;
import io.switchboard.ticket.template.domain.TemplateBody;
import io.switchboard.ticket.template.persistence.TemplateRepository;
import io.switchboard.ticket.ticket.application.HtmlSanitizer;
import io.switchboard.ticket.ticket.domain.MessageBody;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.typetree.domain.TypeNodeEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A service's templates and the shared ones: admins keep them, operators search them and fill one in for a reply
 * or a new ticket. Each rendering counts as one use.
 */
@ApplicationScoped
public class Templates {

    /** What an admin sends; {@code body} is raw (sanitised here when HTML). */
    public record Draft(String title, String searchCode, String body, MessageBody.Format format,
                        Set<UUID> processingTypeIds) {
    }

    /** One page of a search, with how many match in all and which kinds of template the caller may manage. */
    public record Page(List<Template> items, long total, boolean managesServiceTemplates, boolean managesShared) {
        public boolean manageable(Template template) {
            return template.isShared() ? managesShared : managesServiceTemplates;
        }
    }

    /** A template filled in for one ticket (or one being created). */
    public record Rendered(Template template, String body) {
    }

    private final TemplateRepository templates;
    private final AccessPolicy access;
    private final PeopleRepository people;
    private final ProcessingTypeRepository processingTypes;
    private final Clock clock;

    Templates(TemplateRepository templates, AccessPolicy access, PeopleRepository people,
              ProcessingTypeRepository processingTypes, Clock clock) {
        this.templates = templates;
        this.access = access;
        this.people = people;
        this.processingTypes = processingTypes;
        this.clock = clock;
    }

    @Transactional
    public Page search(Caller caller, String serviceCode, String query, int offset, int limit) {
        access.readableService(caller, serviceCode);
        String q = query == null ? "" : query.strip();
        return new Page(templates.available(serviceCode, q, offset, limit), templates.countAvailable(serviceCode, q),
                access.mayManageTemplate(caller, serviceCode, false), access.mayManageTemplate(caller, serviceCode, true));
    }

    @Transactional
    public Template get(Caller caller, String serviceCode, UUID id) {
        access.readableService(caller, serviceCode);
        return available(serviceCode, id);
    }

    /** Whether the caller may change or delete the template (sent with it, so the console need not work it out). */
    @Transactional
    public boolean mayManage(Caller caller, String serviceCode, Template template) {
        return access.mayManageTemplate(caller, serviceCode, template.isShared());
    }

    @Transactional
    public Template create(Caller caller, String serviceCode, boolean shared, Draft draft) {
        access.templateManagingService(caller, serviceCode, shared);
        Template template = new Template(shared ? null : serviceCode, content(serviceCode, shared, draft),
                caller.username(), clock.instant());
        refuseClash(template);
        templates.add(template);
        templates.flush();
        return template;
    }

    @Transactional
    public Template change(Caller caller, String serviceCode, UUID id, Long expectedVersion, Draft draft) {
        access.readableService(caller, serviceCode);
        Template template = available(serviceCode, id);
        access.templateManagingService(caller, serviceCode, template.isShared());
        IfMatch.require(expectedVersion, template.version(), "Template " + template.searchCode());
        template.change(content(serviceCode, template.isShared(), draft), caller.username(), clock.instant());
        refuseClash(template);
        templates.flush();
        return template;
    }

    @Transactional
    public void delete(Caller caller, String serviceCode, UUID id, Long expectedVersion) {
        access.readableService(caller, serviceCode);
        Template template = available(serviceCode, id);
        access.templateManagingService(caller, serviceCode, template.isShared());
        IfMatch.require(expectedVersion, template.version(), "Template " + template.searchCode());
        templates.remove(template);
        // a change or delete that raced this one is a 409 now, not a failed commit
        templates.flush();
    }

    /** The template filled from the ticket, for the caller's reply; the ticket's operators only. */
    @Transactional
    public Rendered renderFor(Caller caller, UUID ticketId, UUID templateId) {
        Ticket ticket = access.visibleTicket(caller, ticketId);
        Workspace service = access.templateUsingService(caller, ticket.serviceCode());
        Template template = available(ticket.serviceCode(), templateId);
        return rendered(template, valuesOf(caller, ticket, service));
    }

    /**
     * A reply written with replacement codes (a bulk reply, one text for many tickets) filled from one ticket as a
     * template is; a text without codes is returned as it is, without reading anything.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String fill(Caller caller, UUID ticketId, String text, MessageBody.Format format) {
        if (!TemplateBody.usesCodes(text)) {
            return text;
        }
        Ticket ticket = access.visibleTicket(caller, ticketId);
        return TemplateBody.render(text, format,
                valuesOf(caller, ticket, access.templateUsingService(caller, ticket.serviceCode())));
    }

    private RenderValues valuesOf(Caller caller, Ticket ticket, Workspace service) {
        String customerName = ticket.customer() == null ? null : ticket.customer().name();
        String customerEmail = ticket.customer() == null ? null : ticket.customer().email();
        return new RenderValues(customerName, customerEmail, ticket.displayNumber(), ticket.title(),
                operatorName(caller), service.name(), today(service));
    }

    /** The template filled for a ticket the caller is creating: no number yet, so {{ticket.number}} is empty. */
    @Transactional
    public Rendered renderForNewTicket(Caller caller, String serviceCode, UUID templateId, String customerName,
                                       String customerEmail, String title) {
        access.accessibleService(caller, serviceCode);
        Workspace service = access.templateUsingService(caller, serviceCode);
        Template template = available(serviceCode, templateId);
        return rendered(template, new RenderValues(customerName, customerEmail, null, title, operatorName(caller),
                service.name(), today(service)));
    }

    private Rendered rendered(Template template, RenderValues values) {
        templates.countUse(template.id());
        return new Rendered(template, template.render(values));
    }

    private Template available(String serviceCode, UUID id) {
        return templates.find(id).filter(t -> t.availableIn(serviceCode))
                .orElseThrow(() -> new ProblemException.NotFound("There is no template " + id + " in " + serviceCode + "."));
    }

    /** The draft read for the service; what is wrong with it is named with the template's own problems. */
    private Template.Content content(String serviceCode, boolean shared, Draft draft) {
        List<Problem.FieldError> refused = new ArrayList<>();
        Set<UUID> linked = draft.processingTypeIds() == null ? Set.of() : draft.processingTypeIds();
        if (!shared) {
            Set<UUID> known = processingTypes.ofService(serviceCode).stream().map(TypeNodeEntity::id)
                    .collect(Collectors.toSet());
            List<String> unknown = linked.stream().filter(id -> !known.contains(id)).map(UUID::toString).sorted().toList();
            if (!unknown.isEmpty()) {
                refused.add(new Problem.FieldError("processingTypeIds",
                        "are no processing types of " + serviceCode + ": " + String.join(", ", unknown)));
            }
        }
        MessageBody body = null;
        if (draft.body() == null || draft.body().isBlank()) {
            refused.add(new Problem.FieldError("body", "must not be blank"));
        } else {
            try {
                body = HtmlSanitizer.body(draft.body(), draft.format() == null ? MessageBody.Format.TEXT : draft.format());
            } catch (ProblemException.Invalid nothingLeft) {
                refused.addAll(nothingLeft.fieldErrors());
            }
        }
        return new Template.Content(draft.title(), draft.searchCode(), body, linked, refused);
    }

    private void refuseClash(Template template) {
        templates.clashing(template.serviceCode(), template.searchCode(), template.id()).ifPresent(other -> {
            throw new ProblemException.Conflict("The search code " + template.searchCode() + " is taken by "
                    + (other.isShared() ? "the shared template" : "the template") + " \"" + other.title() + "\".");
        });
    }

    private String operatorName(Caller caller) {
        return people.operator(caller.username()).map(Operator::displayName)
                .orElse(caller.displayName() != null ? caller.displayName() : caller.username());
    }

    private LocalDate today(Workspace service) {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of(service.timeZone()));
    }
}
