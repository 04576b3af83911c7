package io.switchboard.routing.persistence;

import io.switchboard.routing.domain.GroupMember;
import io.switchboard.routing.domain.RoutingDecision;
import io.switchboard.routing.domain.Trigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RoutingRepository {

    private final EntityManager entityManager;

    RoutingRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Trigger> enabledTriggers(String serviceCode) {
        return entityManager.createQuery(
                        "from Trigger t where t.serviceCode = :code and t.enabled = true order by t.position, t.id",
                        Trigger.class)
                .setParameter("code", serviceCode).getResultList();
    }

    public List<Trigger> triggers(String serviceCode) {
        return entityManager.createQuery("from Trigger t where t.serviceCode = :code order by t.position, t.id",
                Trigger.class).setParameter("code", serviceCode).getResultList();
    }

    public List<GroupMember> membersInJoinOrder(UUID groupId) {
        return entityManager.createQuery(
                        "from GroupMember m where m.groupId = :group order by m.joinedAt, m.username", GroupMember.class)
                .setParameter("group", groupId).getResultList();
    }

    /**
     * Who got the group's previous round-robin ticket. Locks the group's position row until commit,
     * so concurrent evaluations (also on other instances) take turns.
     */
    public String lockLastAssigned(UUID groupId) {
        entityManager.createNativeQuery("""
                        insert into round_robin_position (group_id, last_assignee, updated_at)
                        values (:group, '', now()) on conflict do nothing""")
                .setParameter("group", groupId).executeUpdate();
        String last = (String) entityManager.createNativeQuery(
                        "select last_assignee from round_robin_position where group_id = :group for update")
                .setParameter("group", groupId).getSingleResult();
        return last.isEmpty() ? null : last;
    }

    public void recordLastAssigned(UUID groupId, String username, Instant at) {
        entityManager.createNativeQuery(
                        "update round_robin_position set last_assignee = :user, updated_at = :at where group_id = :group")
                .setParameter("user", username).setParameter("at", at).setParameter("group", groupId).executeUpdate();
    }

    public void add(RoutingDecision decision) {
        entityManager.persist(decision);
    }

    public List<RoutingDecision> decisions(UUID ticketId) {
        return entityManager.createQuery("from RoutingDecision d where d.ticketId = :ticket order by d.decidedAt",
                RoutingDecision.class).setParameter("ticket", ticketId).getResultList();
    }
}
