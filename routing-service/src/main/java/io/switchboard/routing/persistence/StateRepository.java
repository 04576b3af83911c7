package io.switchboard.routing.persistence;

import io.switchboard.routing.domain.GroupMember;
import io.switchboard.routing.domain.OperatorGroup;
import io.switchboard.routing.domain.ServiceProfile;
import io.switchboard.routing.domain.TicketCopy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Routing's copies of ticket-service state (services, groups, members, tickets) and the per-group routing state. */
@ApplicationScoped
public class StateRepository {

    private final EntityManager entityManager;

    StateRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<ServiceProfile> service(String code) {
        return Optional.ofNullable(entityManager.find(ServiceProfile.class, code));
    }

    public void add(Object copy) {
        entityManager.persist(copy);
    }

    public Optional<OperatorGroup> group(UUID id) {
        return Optional.ofNullable(entityManager.find(OperatorGroup.class, id));
    }

    public List<GroupMember> membersInJoinOrder(UUID groupId) {
        return entityManager.createQuery(
                        "from GroupMember m where m.groupId = :group order by m.joinedAt, m.username", GroupMember.class)
                .setParameter("group", groupId).getResultList();
    }

    /** Members of any group of the service, for names and addresses. */
    public Optional<GroupMember> anyMembership(String serviceCode, String username) {
        return entityManager.createQuery("""
                        select m from GroupMember m, OperatorGroup g where m.groupId = g.id
                        and g.serviceCode = :code and m.username = :user""", GroupMember.class)
                .setParameter("code", serviceCode).setParameter("user", username).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public void replaceMembers(UUID groupId, List<GroupMember> members) {
        entityManager.createQuery("delete from GroupMember m where m.groupId = :group")
                .setParameter("group", groupId).executeUpdate();
        members.forEach(entityManager::persist);
    }

    public void removeGroup(OperatorGroup group) {
        entityManager.remove(group);
    }

    /**
     * Who got the group's previous round-robin ticket. Locks the group's state row until commit, so
     * concurrent evaluations (also on other instances) take turns — for round-robin as for loads and caps.
     */
    public String lockGroup(UUID groupId) {
        entityManager.createNativeQuery("""
                        insert into group_routing_state (group_id, last_assignee, updated_at)
                        values (:group, '', now()) on conflict do nothing""")
                .setParameter("group", groupId).executeUpdate();
        String last = (String) entityManager.createNativeQuery(
                        "select last_assignee from group_routing_state where group_id = :group for update")
                .setParameter("group", groupId).getSingleResult();
        return last.isEmpty() ? null : last;
    }

    /** The last round-robin assignee of the group, without locking (dry-runs). */
    public String lastAssigned(UUID groupId) {
        List<?> rows = entityManager.createNativeQuery(
                        "select last_assignee from group_routing_state where group_id = :group")
                .setParameter("group", groupId).getResultList();
        return rows.isEmpty() || ((String) rows.get(0)).isEmpty() ? null : (String) rows.get(0);
    }

    public void recordLastAssigned(UUID groupId, String username, Instant at) {
        entityManager.createNativeQuery(
                        "update group_routing_state set last_assignee = :user, updated_at = :at where group_id = :group")
                .setParameter("user", username).setParameter("at", at).setParameter("group", groupId).executeUpdate();
    }

    /** Open (in progress or on hold) tickets of the service per operator. */
    public Map<String, Integer> openTickets(String serviceCode, Collection<String> usernames) {
        Map<String, Integer> counts = new HashMap<>();
        if (usernames.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = entityManager.createQuery("""
                        select t.assignee, count(t) from TicketCopy t where t.serviceCode = :code
                        and t.assignee in :users and t.status in :open group by t.assignee""", Object[].class)
                .setParameter("code", serviceCode).setParameter("users", usernames)
                .setParameter("open", TicketCopy.OPEN).getResultList();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    public Optional<TicketCopy> ticket(UUID ticketId) {
        return Optional.ofNullable(entityManager.find(TicketCopy.class, ticketId));
    }

    /** The service's newest tickets, created within the range when given, newest first. */
    public List<TicketCopy> recentTickets(String serviceCode, Instant from, Instant to, int limit) {
        return entityManager.createQuery("""
                        from TicketCopy t where t.serviceCode = :code
                        and t.createdAt >= :from and t.createdAt < :to
                        order by t.createdAt desc, t.ticketId""", TicketCopy.class)
                .setParameter("code", serviceCode)
                .setParameter("from", from == null ? Instant.EPOCH : from)
                .setParameter("to", to == null ? Instant.parse("9999-01-01T00:00:00Z") : to)
                .setMaxResults(limit).getResultList();
    }
}
