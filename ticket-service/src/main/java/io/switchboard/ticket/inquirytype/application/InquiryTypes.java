package io.switchboard.ticket.inquirytype.application;

import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.inquirytype.domain.InquiryType;
import io.switchboard.ticket.inquirytype.persistence.InquiryTypeRepository;
import io.switchboard.ticket.typetree.application.TypeTreeAdmin;
import io.switchboard.ticket.typetree.domain.TypeTree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * A service's inquiry types (what the customer asks about): read by its operators, by integrations (active ones) and
 * by operators who escalate to it; edited by its admins.
 */
@ApplicationScoped
public class InquiryTypes extends TypeTreeAdmin<InquiryType> {

    private final InquiryTypeRepository types;
    private final AccessPolicy access;

    InquiryTypes(InquiryTypeRepository types, AccessPolicy access) {
        super(types, access, InquiryType::new, "inquiry type");
        this.types = types;
        this.access = access;
    }

    @Override
    protected boolean readableBeyondMembership(Caller caller, String serviceCode) {
        return access.readsIntakeAsEscalator(caller, serviceCode);
    }

    /** Root → type ids; empty when the type is not one of the service's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> path(String serviceCode, UUID id) {
        return id == null ? List.of() : TypeTree.path(types.ofService(serviceCode), id);
    }
}
