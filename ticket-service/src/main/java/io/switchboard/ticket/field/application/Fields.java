package io.switchboard.ticket.field.application;

import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.field.domain.FieldDefinition;
import io.switchboard.ticket.field.domain.FieldReader;
import io.switchboard.ticket.field.domain.FieldScope;
import io.switchboard.ticket.field.persistence.FieldRepository;
import io.switchboard.ticket.inquirytype.application.InquiryTypes;
import io.switchboard.ticket.inquirytype.domain.InquiryType;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.people.domain.Membership;
import io.switchboard.ticket.people.domain.Workspace;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import io.switchboard.ticket.typetree.domain.TypeTree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Field definitions of a service (PRODUCT.md §4): its admins and org-admins manage them; operators
 * and integrations read those they may see.
 */
@ApplicationScoped
public class Fields {

    private final FieldRepository fields;
    private final AccessPolicy access;
    private final PeopleRepository people;
    private final InquiryTypes inquiryTypes;
    private final Clock clock;

    Fields(FieldRepository fields, AccessPolicy access, PeopleRepository people, InquiryTypes inquiryTypes,
           Clock clock) {
        this.fields = fields;
        this.access = access;
        this.people = people;
        this.inquiryTypes = inquiryTypes;
        this.clock = clock;
    }

    @Transactional
    public FieldDefinition create(Caller caller, String serviceCode, NewField request) {
        Workspace service = access.administrableService(caller, serviceCode);
        if (fields.find(serviceCode, request.code()).isPresent()) {
            throw codeTaken(serviceCode, request.code());
        }
        FieldDefinition field = FieldDefinition.create(serviceCode, request.code(), request.scope(), request.type(),
                request.encrypted(), request.settings(), service.helpCenterLanguages(), clock.instant());
        if (!request.inquiryTypeIds().isEmpty()) {
            link(field, request.inquiryTypeIds());
        }
        fields.add(field);
        fields.flush(); // a concurrent create of the same code answers 409 through the unique constraint
        return field;
    }

    /** The fields the caller may see; integrations get active customer fields only. */
    @Transactional
    public List<FieldDefinition> list(Caller caller, String serviceCode) {
        FieldReader reader = reader(caller, serviceCode);
        return fields.ofService(serviceCode).stream()
                .filter(reader::maySee).filter(f -> reader != FieldReader.INTEGRATION || f.active()).toList();
    }

    @Transactional
    public FieldDefinition get(Caller caller, String serviceCode, String code) {
        FieldReader reader = reader(caller, serviceCode);
        return existing(serviceCode, code).filter(reader::maySee)
                .filter(f -> reader != FieldReader.INTEGRATION || f.active())
                .orElseThrow(() -> notFound(serviceCode, code));
    }

    @Transactional
    public FieldDefinition update(Caller caller, String serviceCode, String code, FieldDefinition.Settings settings) {
        Workspace service = access.administrableService(caller, serviceCode);
        FieldDefinition field = existing(serviceCode, code).orElseThrow(() -> notFound(serviceCode, code));
        field.update(settings, service.helpCenterLanguages());
        return field;
    }

    /** Deletes the field; its row stays as a tombstone so the code is never used again. */
    @Transactional
    public void delete(Caller caller, String serviceCode, String code) {
        access.administrableService(caller, serviceCode);
        existing(serviceCode, code).orElseThrow(() -> notFound(serviceCode, code)).delete(clock.instant());
    }

    /** Sets the inquiry types a customer field belongs to (their subtypes inherit it). */
    @Transactional
    public FieldDefinition link(Caller caller, String serviceCode, String code, Set<UUID> inquiryTypeIds) {
        access.administrableService(caller, serviceCode);
        FieldDefinition field = existing(serviceCode, code).orElseThrow(() -> notFound(serviceCode, code));
        link(field, inquiryTypeIds);
        return field;
    }

    private void link(FieldDefinition field, Set<UUID> inquiryTypeIds) {
        String serviceCode = field.serviceCode();
        Set<UUID> known = inquiryTypes.all(serviceCode).stream().map(InquiryType::id).collect(Collectors.toSet());
        List<UUID> unknown = inquiryTypeIds.stream().filter(id -> !known.contains(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException.Invalid("inquiryTypeIds", "not inquiry types of " + serviceCode + ": " + unknown);
        }
        field.linkTo(inquiryTypeIds);
    }

    /**
     * The customer fields of an inquiry type, its ancestors' included. Integrations, and operators of inquiry
     * services escalating to this issue service, see only active fields of an active type (whose ancestors are
     * active too).
     */
    @Transactional
    public List<FieldDefinition> ofInquiryType(Caller caller, String serviceCode, UUID inquiryTypeId) {
        // escalating operators fill in what a customer would: the active customer fields of active types
        FieldReader reader = access.readsIntakeAsEscalator(caller, serviceCode) ? FieldReader.INTEGRATION
                : reader(caller, serviceCode);
        List<InquiryType> types = inquiryTypes.all(serviceCode);
        boolean visible = reader == FieldReader.INTEGRATION ? TypeTree.activeWithAncestors(types, inquiryTypeId)
                : types.stream().anyMatch(t -> t.id().equals(inquiryTypeId));
        if (!visible) {
            throw new ProblemException.NotFound("There is no inquiry type " + inquiryTypeId + " in " + serviceCode + ".");
        }
        List<UUID> path = TypeTree.path(types, inquiryTypeId);
        return fields.ofService(serviceCode).stream()
                .filter(f -> f.scope() == FieldScope.CUSTOMER && path.stream().anyMatch(f.inquiryTypeIds()::contains))
                .filter(reader::maySee).filter(f -> reader != FieldReader.INTEGRATION || f.active())
                .toList();
    }

    /**
     * How the caller meets the fields of a ticket they were allowed to see: as {@link #reader} says, except for an
     * issue service's operator reading the inquiry escalated to them, who sees what the customer's side sees.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FieldReader ticketReader(Caller caller, String serviceCode) {
        boolean escalatedTo = caller.isAgent() && !caller.isOrgAdmin() && !caller.isIntegration()
                && people.membership(serviceCode, caller.username()).isEmpty();
        return escalatedTo ? FieldReader.INTEGRATION : reader(caller, serviceCode);
    }

    /**
     * How the caller meets the service's fields; 404 when they may not see the service. Integrations
     * need a grant; org-admins and the service's admins are admins.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FieldReader reader(Caller caller, String serviceCode) {
        if (caller.isIntegration() && !caller.isAgent()) {
            access.accessibleService(caller, serviceCode);
            return FieldReader.INTEGRATION;
        }
        access.readableService(caller, serviceCode);
        boolean admin = caller.isOrgAdmin() || people.membership(serviceCode, caller.username())
                .map(m -> m.role() == Membership.Role.ADMIN).orElse(false);
        return admin ? FieldReader.ADMIN : FieldReader.OPERATOR;
    }

    private java.util.Optional<FieldDefinition> existing(String serviceCode, String code) {
        return fields.find(serviceCode, code).filter(f -> !f.deleted());
    }

    private static ProblemException.NotFound notFound(String serviceCode, String code) {
        return new ProblemException.NotFound("There is no field " + code + " in " + serviceCode + ".");
    }

    private static ProblemException.Conflict codeTaken(String serviceCode, String code) {
        return new ProblemException.Conflict("The field code " + code + " is or was in use in " + serviceCode
                + "; codes are never reused, even after deletion.");
    }
}
