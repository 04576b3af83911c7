package io.switchboard.ticket.processingtype.persistence;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.switchboard.ticket.processingtype.domain.ProcessingType;
import io.switchboard.ticket.typetree.persistence.TypeTreeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

@ApplicationScoped
public class ProcessingTypeRepository extends TypeTreeRepository<ProcessingType> {

    public static final String CACHE = "processing-types";

    ProcessingTypeRepository(EntityManager entityManager, @CacheName(CACHE) Cache trees,
                             TransactionSynchronizationRegistry transactions) {
        super(entityManager, trees, transactions, ProcessingType.class, "processing_type", "processing_type_id");
    }
}
