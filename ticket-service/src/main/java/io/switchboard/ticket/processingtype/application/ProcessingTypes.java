package io.switchboard.ticket.processingtype.application;

import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.processingtype.domain.ProcessingType;
import io.switchboard.ticket.processingtype.persistence.ProcessingTypeRepository;
import io.switchboard.ticket.typetree.domain.TypeTree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads a service's processing types: operators see every type, integrations only the active ones. */
@ApplicationScoped
public class ProcessingTypes {

    private final ProcessingTypeRepository types;
    private final AccessPolicy access;

    ProcessingTypes(ProcessingTypeRepository types, AccessPolicy access) {
        this.types = types;
        this.access = access;
    }

    @Transactional
    public TypeTree<ProcessingType> tree(Caller caller, String serviceCode) {
        access.accessibleService(caller, serviceCode);
        return TypeTree.of(types.ofService(serviceCode), !caller.isAgent());
    }

    /** Every type of the service, active or not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ProcessingType> all(String serviceCode) {
        return types.ofService(serviceCode);
    }
}
