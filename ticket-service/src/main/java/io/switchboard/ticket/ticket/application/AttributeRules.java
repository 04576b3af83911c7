package io.switchboard.ticket.ticket.application;

import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.field.application.FieldValues;
import io.switchboard.ticket.field.domain.FieldReader;
import io.switchboard.ticket.inquirytype.application.InquiryTypes;
import io.switchboard.ticket.people.domain.Workspace;
import io.switchboard.ticket.processingtype.application.ProcessingTypes;
import io.switchboard.ticket.ticket.domain.Tags;
import io.switchboard.ticket.ticket.domain.TicketAttributes;
import io.switchboard.ticket.typetree.domain.TypeNode;
import io.switchboard.ticket.typetree.domain.TypeTree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns requested attributes into a ticket's new attributes, checking them against the service:
 * its languages, inquiry and processing types, and fields. Every invalid one is named in one 400.
 */
@ApplicationScoped
class AttributeRules {

    private final InquiryTypes inquiryTypes;
    private final ProcessingTypes processingTypes;
    private final FieldValues fieldValues;

    AttributeRules(InquiryTypes inquiryTypes, ProcessingTypes processingTypes, FieldValues fieldValues) {
        this.inquiryTypes = inquiryTypes;
        this.processingTypes = processingTypes;
        this.fieldValues = fieldValues;
    }

    /**
     * The attributes {@code current} becomes with {@code requested}. On creation, and when the inquiry type changes,
     * the type's required customer fields must be filled in (the new type may ask for what the old one did not).
     */
    // a refusal leaves the transaction usable: an escalation's consumer turns it into a refused escalation
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ProblemException.Invalid.class)
    TicketAttributes resolve(Workspace service, FieldReader writer, TicketAttributes current,
                             RequestedAttributes requested, boolean creation) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String language = current.language();
        if (requested.language() != null) {
            language = requested.language().strip();
            if (!service.helpCenterLanguages().contains(language)) {
                errors.add(new Problem.FieldError("language", "must be one of the languages of " + service.code() + ": "
                        + service.helpCenterLanguages()));
            }
        }
        boolean activeOnly = writer == FieldReader.INTEGRATION;
        UUID inquiryType = type("inquiryTypeId", "an inquiry type", requested.inquiryTypeId(), current.inquiryTypeId(),
                () -> inquiryTypes.all(service.code()), service.code(), activeOnly, errors);
        UUID processingType = type("processingTypeId", "a processing type", requested.processingTypeId(),
                current.processingTypeId(), () -> processingTypes.all(service.code()), service.code(), activeOnly, errors);
        List<String> tags = requested.tags() == null ? current.tags() : Tags.of(requested.tags(), "tags", errors);
        FieldValues.Values values = fieldValues.apply(service.code(), writer, inquiryType,
                new FieldValues.Values(current.fields(), current.encryptedFields()),
                requested.fields() == null ? Map.of() : requested.fields(),
                creation || !Objects.equals(inquiryType, current.inquiryTypeId()), errors);
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("The request has invalid fields.", errors);
        }
        return new TicketAttributes(requested.priority() == null ? current.priority() : requested.priority(), language,
                inquiryType, processingType, tags, values.plain(), values.encrypted());
    }

    private static <T extends TypeNode> UUID type(String field, String what, Optional<UUID> requested, UUID current,
                                                  Supplier<List<T>> typesOfService, String serviceCode,
                                                  boolean activeOnly, List<Problem.FieldError> errors) {
        if (requested == null) {
            return current;
        }
        if (requested.isEmpty()) {
            return null;
        }
        UUID id = requested.get();
        List<T> types = typesOfService.get(); // read only when a type is asked for: most creates name none
        if (types.stream().noneMatch(t -> t.id().equals(id))) {
            errors.add(new Problem.FieldError(field, "is not " + what + " of " + serviceCode));
        } else if (activeOnly && !TypeTree.activeWithAncestors(types, id)) {
            errors.add(new Problem.FieldError(field, "is not an active type of " + serviceCode));
        }
        return id;
    }
}
