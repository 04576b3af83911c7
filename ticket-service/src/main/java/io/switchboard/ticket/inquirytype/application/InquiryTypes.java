package io.switchboard.ticket.inquirytype.application;

import io.switchboard.ticket.inquirytype.domain.InquiryType;
import io.switchboard.ticket.inquirytype.persistence.InquiryTypeRepository;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.typetree.domain.TypeTree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Reads a service's inquiry types: operators see every type, integrations only the active ones. */
@ApplicationScoped
public class InquiryTypes {

    private final InquiryTypeRepository types;
    private final AccessPolicy access;

    InquiryTypes(InquiryTypeRepository types, AccessPolicy access) {
        this.types = types;
        this.access = access;
    }

    @Transactional
    public TypeTree<InquiryType> tree(Caller caller, String serviceCode) {
        if (!access.readsIntakeAsEscalator(caller, serviceCode)) {
            access.accessibleService(caller, serviceCode);
        }
        return TypeTree.of(types.ofService(serviceCode), !caller.isAgent());
    }

    /** Every type of the service, active or not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<InquiryType> all(String serviceCode) {
        return types.ofService(serviceCode);
    }

    /** Root → type ids; empty when the type is not one of the service's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> path(String serviceCode, UUID id) {
        return id == null ? List.of() : TypeTree.path(types.ofService(serviceCode), id);
    }
}
