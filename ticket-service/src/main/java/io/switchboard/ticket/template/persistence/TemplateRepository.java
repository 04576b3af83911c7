package io.switchboard.ticket.template.persistence;

import io.switchboard.ticket.template.domain.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TemplateRepository {

    private static final String AVAILABLE = " from Template t where (t.serviceCode = :code or t.serviceCode is null)"
            + " and (lower(t.searchCode) like :contains escape '!' or lower(t.title) like :contains escape '!')";

    private final EntityManager entityManager;

    TemplateRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The service's and the shared templates whose search code or title contains {@code query} (ignoring case),
     * those whose search code starts with it first, then by search code.
     */
    public List<Template> available(String serviceCode, String query, int offset, int limit) {
        return entityManager.createQuery("select t" + AVAILABLE
                                + " order by case when lower(t.searchCode) like :prefix escape '!' then 0 else 1 end,"
                                + " lower(t.searchCode), t.id", Template.class)
                .setParameter("code", serviceCode).setParameter("contains", "%" + likeLiteral(query) + "%")
                .setParameter("prefix", likeLiteral(query) + "%")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countAvailable(String serviceCode, String query) {
        return entityManager.createQuery("select count(t)" + AVAILABLE, Long.class)
                .setParameter("code", serviceCode).setParameter("contains", "%" + likeLiteral(query) + "%")
                .getSingleResult();
    }

    /**
     * A template other than {@code except} whose search code equals {@code searchCode} (ignoring case) among those
     * that would clash: for a service's template its own and the shared ones, for a shared one every template.
     */
    public Optional<Template> clashing(String serviceCode, String searchCode, UUID except) {
        String among = serviceCode == null ? "" : " and (t.serviceCode = :code or t.serviceCode is null)";
        var query = entityManager.createQuery("from Template t where lower(t.searchCode) = :searchCode"
                        + " and t.id <> :except" + among, Template.class)
                .setParameter("searchCode", searchCode.toLowerCase(Locale.ROOT)).setParameter("except", except);
        if (serviceCode != null) {
            query.setParameter("code", serviceCode);
        }
        // no flush first: the template being changed must not reach the unique index before this check answers
        return query.setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<Template> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Template.class, id));
    }

    /**
     * One more use, counted in the database: not a change of the template, so its version stays and an admin
     * editing it meanwhile does not get a stale-version conflict.
     */
    public void countUse(UUID id) {
        entityManager.createQuery("update Template t set t.usageCount = t.usageCount + 1 where t.id = :id")
                .setParameter("id", id).executeUpdate();
    }

    /** Writes pending changes now, so the version a change answers with is the new one. */
    public void flush() {
        entityManager.flush();
    }

    public void add(Template template) {
        entityManager.persist(template);
    }

    public void remove(Template template) {
        entityManager.remove(template);
    }

    private static String likeLiteral(String query) {
        return query.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
