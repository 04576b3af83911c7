package io.switchboard.ticket.field.persistence;

import io.switchboard.ticket.field.domain.FieldDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class FieldRepository {

    private final EntityManager entityManager;

    FieldRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(FieldDefinition field) {
        entityManager.persist(field);
    }

    /** The service's fields that are not deleted, in display order. */
    public List<FieldDefinition> ofService(String serviceCode) {
        return entityManager.createQuery("""
                        from FieldDefinition f where f.serviceCode = :code and f.deletedAt is null
                        order by f.position, f.code""", FieldDefinition.class)
                .setParameter("code", serviceCode).getResultList();
    }

    /** A field by code, deleted ones (tombstones) included. */
    public Optional<FieldDefinition> find(String serviceCode, String code) {
        return entityManager.createQuery("from FieldDefinition f where f.serviceCode = :service and f.code = :code",
                        FieldDefinition.class)
                .setParameter("service", serviceCode).setParameter("code", code).getResultStream().findFirst();
    }

    public void flush() {
        entityManager.flush();
    }
}
