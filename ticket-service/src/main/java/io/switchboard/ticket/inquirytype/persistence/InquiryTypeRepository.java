package io.switchboard.ticket.inquirytype.persistence;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.switchboard.ticket.inquirytype.domain.InquiryType;
import io.switchboard.ticket.typetree.persistence.TypeTreeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

@ApplicationScoped
public class InquiryTypeRepository extends TypeTreeRepository<InquiryType> {

    public static final String CACHE = "inquiry-types";

    InquiryTypeRepository(EntityManager entityManager, @CacheName(CACHE) Cache trees,
                          TransactionSynchronizationRegistry transactions) {
        super(entityManager, trees, transactions, InquiryType.class, "inquiry_type", "inquiry_type_id");
    }
}
