package io.switchboard.ticket.processingtype.persistence;

import io.switchboard.ticket.processingtype.domain.ProcessingType;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class ProcessingTypeRepository {

    public static final String CACHE = "processing-types";

    private final EntityManager entityManager;

    ProcessingTypeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Cached per service (detached, read-only copies): a create naming a type reads its service's tree up to three
     * times (validation, the type's fields, the event's path). Types change only by migration today, which the
     * expiry covers; an API that changes them must invalidate cache {@value #CACHE} once it commits.
     */
    @CacheResult(cacheName = CACHE)
    public List<ProcessingType> ofService(String serviceCode) {
        return List.copyOf(entityManager.createQuery("from ProcessingType t where t.serviceCode = :code order by t.depth, t.position",
                ProcessingType.class).setParameter("code", serviceCode).getResultList());
    }
}
