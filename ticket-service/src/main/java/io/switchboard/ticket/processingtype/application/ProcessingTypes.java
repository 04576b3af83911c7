package io.switchboard.ticket.processingtype.application;

import io.switchboard.ticket.people.application.Caller;
import io.switchboard.ticket.people.application.Directory;
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
    private final Directory directory;

    ProcessingTypes(ProcessingTypeRepository types, Directory directory) {
        this.types = types;
        this.directory = directory;
    }

    @Transactional
    public TypeTree<ProcessingType> tree(Caller caller, String serviceCode) {
        directory.accessibleService(caller, serviceCode);
        return TypeTree.of(types.ofService(serviceCode), !caller.isAgent());
    }

    /** Every type of the service, active or not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ProcessingType> all(String serviceCode) {
        return types.ofService(serviceCode);
    }
}
