package io.switchboard.ticket.typetree.persistence;

import io.quarkus.cache.Cache;
import io.switchboard.ticket.typetree.domain.TypeNodeEntity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * One type tree table ({@code inquiry_type}, {@code processing_type}). Reads are cached per service (detached,
 * read-only copies): a create naming a type reads its service's tree up to three times (validation, the type's
 * fields, the event's path). An edit locks the service's tree, works on managed copies, and forgets the cached tree
 * once it commits; other instances see it when their copy expires ({@code quarkus.cache.caffeine."…".expire-after-write}).
 */
public abstract class TypeTreeRepository<T extends TypeNodeEntity> {

    // not final: CDI's proxies of the subclasses need the no-args constructor below
    private EntityManager entityManager;
    private Cache trees;
    private TransactionSynchronizationRegistry transactions;
    private Class<T> type;
    private String table;
    private String ticketColumn;

    protected TypeTreeRepository() {
    }

    protected TypeTreeRepository(EntityManager entityManager, Cache trees, TransactionSynchronizationRegistry transactions,
                                 Class<T> type, String table, String ticketColumn) {
        this.entityManager = entityManager;
        this.trees = trees;
        this.transactions = transactions;
        this.type = type;
        this.table = table;
        this.ticketColumn = ticketColumn;
    }

    public List<T> ofService(String serviceCode) {
        return trees.get(serviceCode, this::load).await().indefinitely();
    }

    /**
     * Every type of the service as managed entities, holding the service's tree until the transaction ends so that
     * two admins' edits do not renumber the same siblings at once. An advisory lock, not row locks: those would also
     * hold up every new ticket that names one of the types.
     */
    public List<T> lockForEditing(String serviceCode) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", table + ":" + serviceCode).getSingleResult();
        forgetOnceCommitted(serviceCode);
        return load(serviceCode);
    }

    public void add(T node) {
        entityManager.persist(node);
    }

    /** Removes the types, children before their parents. */
    public void remove(List<T> deepestFirst) {
        deepestFirst.forEach(entityManager::remove);
        entityManager.flush();
    }

    /** Writes the pending changes now, so that the database derives depths (and refuses a sixth level) here. */
    public void flush() {
        entityManager.flush();
    }

    /** How many tickets name one of the types. */
    public long ticketsNaming(Collection<UUID> ids) {
        return ((Number) entityManager.createNativeQuery(
                        "select count(*) from ticket where " + ticketColumn + " = any(cast(:ids as uuid[]))")
                .setParameter("ids", ids.toArray(UUID[]::new)).getSingleResult()).longValue();
    }

    private List<T> load(String serviceCode) {
        return List.copyOf(entityManager.createQuery(
                        "from " + type.getSimpleName() + " t where t.serviceCode = :code order by t.depth, t.position", type)
                .setParameter("code", serviceCode).getResultList());
    }

    // not before the commit: a request in between would cache the old tree again
    private void forgetOnceCommitted(String serviceCode) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                trees.invalidate(serviceCode).await().indefinitely();
            }
        });
    }
}
