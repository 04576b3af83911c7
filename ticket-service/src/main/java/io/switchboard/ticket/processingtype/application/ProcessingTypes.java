package io.switchboard.ticket.processingtype.application;

import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.processingtype.domain.ProcessingType;
import io.switchboard.ticket.processingtype.persistence.ProcessingTypeRepository;
import io.switchboard.ticket.typetree.application.TypeTreeAdmin;
import jakarta.enterprise.context.ApplicationScoped;

/** A service's processing types (how a ticket was handled): read by its operators, edited by its admins. */
@ApplicationScoped
public class ProcessingTypes extends TypeTreeAdmin<ProcessingType> {

    ProcessingTypes(ProcessingTypeRepository types, AccessPolicy access) {
        super(types, access, ProcessingType::new, "processing type");
    }
}
