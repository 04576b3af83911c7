package io.switchboard.ticket.inquirytype.application;

import io.switchboard.ticket.inquirytype.domain.InquiryTypeTree;
import io.switchboard.ticket.inquirytype.persistence.InquiryTypeRepository;
import io.switchboard.ticket.people.application.Caller;
import io.switchboard.ticket.people.application.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads a service's inquiry types: operators see every type, integrations only the active ones. */
@ApplicationScoped
public class InquiryTypes {

    private final InquiryTypeRepository types;
    private final Directory directory;

    InquiryTypes(InquiryTypeRepository types, Directory directory) {
        this.types = types;
        this.directory = directory;
    }

    @Transactional
    public InquiryTypeTree tree(Caller caller, String serviceCode) {
        directory.accessibleService(caller, serviceCode);
        return InquiryTypeTree.of(types.ofService(serviceCode), !caller.isAgent());
    }
}
