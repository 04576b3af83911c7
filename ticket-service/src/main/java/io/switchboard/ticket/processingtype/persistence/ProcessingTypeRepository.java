package io.switchboard.ticket.processingtype.persistence;

import io.switchboard.ticket.processingtype.domain.ProcessingType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class ProcessingTypeRepository {

    private final EntityManager entityManager;

    ProcessingTypeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<ProcessingType> ofService(String serviceCode) {
        return entityManager.createQuery("from ProcessingType t where t.serviceCode = :code order by t.depth, t.position",
                ProcessingType.class).setParameter("code", serviceCode).getResultList();
    }
}
