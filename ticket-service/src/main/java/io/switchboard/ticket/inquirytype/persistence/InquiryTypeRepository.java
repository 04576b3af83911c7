package io.switchboard.ticket.inquirytype.persistence;

import io.switchboard.ticket.inquirytype.domain.InquiryType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class InquiryTypeRepository {

    private final EntityManager entityManager;

    InquiryTypeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<InquiryType> ofService(String serviceCode) {
        return entityManager.createQuery(
                        "from InquiryType t where t.serviceCode = :code order by t.depth, t.position", InquiryType.class)
                .setParameter("code", serviceCode).getResultList();
    }
}
