package io.switchboard.ticket.people.persistence;

import io.switchboard.ticket.people.domain.GroupMember;
import io.switchboard.ticket.people.domain.Membership;
import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.people.domain.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and writes the people model: services, operators, groups and memberships. */
@ApplicationScoped
public class PeopleRepository {

    private final EntityManager entityManager;

    PeopleRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Workspace> workspace(String code) {
        return Optional.ofNullable(entityManager.find(Workspace.class, code));
    }

    public Optional<Operator> operator(String username) {
        return Optional.ofNullable(entityManager.find(Operator.class, username));
    }

    public void add(Operator operator) {
        entityManager.persist(operator);
    }

    public Optional<OperatorGroup> group(UUID id) {
        return Optional.ofNullable(entityManager.find(OperatorGroup.class, id));
    }

    /** Operators by username, in one query: a page of tickets names many of them. */
    public Map<String, Operator> operators(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from Operator o where o.username in :names", Operator.class)
                .setParameter("names", usernames).getResultStream()
                .collect(Collectors.toMap(Operator::username, Function.identity()));
    }

    /** Groups by id, in one query. */
    public Map<UUID, OperatorGroup> groups(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from OperatorGroup g where g.id in :ids", OperatorGroup.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(OperatorGroup::id, Function.identity()));
    }

    public List<Membership> membershipsOf(String username) {
        return entityManager.createQuery("from Membership m where m.username = :username order by m.workspaceCode",
                Membership.class).setParameter("username", username).getResultList();
    }

    public Optional<Membership> membership(String workspaceCode, String username) {
        return entityManager.createQuery(
                        "from Membership m where m.workspaceCode = :code and m.username = :username", Membership.class)
                .setParameter("code", workspaceCode).setParameter("username", username)
                .getResultStream().findFirst();
    }

    public List<OperatorGroup> groupsOf(String username, String workspaceCode) {
        return entityManager.createQuery("""
                        select g from OperatorGroup g, GroupMember m
                        where m.groupId = g.id and m.username = :username and g.workspaceCode = :code
                        order by g.name""", OperatorGroup.class)
                .setParameter("username", username).setParameter("code", workspaceCode).getResultList();
    }

    public boolean isInGroup(String username, UUID groupId) {
        return !entityManager.createQuery("from GroupMember m where m.groupId = :group and m.username = :username",
                        GroupMember.class)
                .setParameter("group", groupId).setParameter("username", username)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The next ticket number of a service, from its own sequence (created with the service, see migration V14):
     * never waits for another create; a number taken by a create that then fails is not reused.
     */
    public long nextTicketNumber(String workspaceCode) {
        return ((Number) entityManager.createNativeQuery("select nextval(service_number_sequence('ticket', :code)::regclass)")
                .setParameter("code", workspaceCode).getSingleResult()).longValue();
    }

    // --- administration of the people model

    public List<Workspace> workspaces() {
        return entityManager.createQuery("from Workspace w order by w.code", Workspace.class).getResultList();
    }

    public void add(Workspace workspace) {
        entityManager.persist(workspace);
    }

    public List<OperatorGroup> groups(String workspaceCode) {
        return entityManager.createQuery("from OperatorGroup g where g.workspaceCode = :code order by g.name",
                OperatorGroup.class).setParameter("code", workspaceCode).getResultList();
    }

    public Optional<OperatorGroup> groupNamed(String workspaceCode, String name) {
        return entityManager.createQuery("from OperatorGroup g where g.workspaceCode = :code and g.name = :name",
                        OperatorGroup.class).setParameter("code", workspaceCode).setParameter("name", name)
                .getResultStream().findFirst();
    }

    public void add(OperatorGroup group) {
        entityManager.persist(group);
    }

    public void remove(OperatorGroup group) {
        entityManager.remove(group);
    }

    /** The members of a group, longest-standing first (the round-robin order). */
    public List<GroupMember> members(UUID groupId) {
        return entityManager.createQuery(
                        "from GroupMember m where m.groupId = :group order by m.joinedAt, m.username", GroupMember.class)
                .setParameter("group", groupId).getResultList();
    }

    /** The caller's group seats in one service. */
    public List<GroupMember> seatsOf(String username, String workspaceCode) {
        return entityManager.createQuery("""
                        select m from GroupMember m, OperatorGroup g
                        where m.groupId = g.id and m.username = :username and g.workspaceCode = :code""",
                        GroupMember.class)
                .setParameter("username", username).setParameter("code", workspaceCode).getResultList();
    }

    public void add(GroupMember member) {
        entityManager.persist(member);
    }

    public void remove(GroupMember member) {
        entityManager.remove(member);
    }

    public List<Membership> memberships(String workspaceCode) {
        return entityManager.createQuery(
                        "from Membership m where m.workspaceCode = :code order by m.username", Membership.class)
                .setParameter("code", workspaceCode).getResultList();
    }

    public void add(Membership membership) {
        entityManager.persist(membership);
    }

    public void remove(Membership membership) {
        entityManager.remove(membership);
    }

    /** Writes pending changes so that the following queries and the outbox snapshot see them. */
    /** Services whose state was never published (written by SQL, e.g. demo data). */
    @SuppressWarnings("unchecked")
    public List<String> unpublishedServices() {
        return entityManager.createNativeQuery("select code from workspace where published_at is null order by code")
                .getResultList();
    }

    public void markPublished(String code, java.time.Instant at) {
        entityManager.createNativeQuery("update workspace set published_at = :at where code = :code")
                .setParameter("at", at).setParameter("code", code).executeUpdate();
    }

    public void flush() {
        entityManager.flush();
    }
}
