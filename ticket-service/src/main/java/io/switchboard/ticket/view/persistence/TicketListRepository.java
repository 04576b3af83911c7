package io.switchboard.ticket.view.persistence;

import io.switchboard.ticket.search.persistence.TextMatch;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketStatus;
import io.switchboard.ticket.view.domain.ListPosition;
import io.switchboard.ticket.view.domain.SortOrder;
import io.switchboard.ticket.view.domain.TicketQuery;
import io.switchboard.ticket.view.domain.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The list query of the views: one service at a time, so that each query walks one of the service's ordered
 * indexes ({@code ticket_by_workspace*}, V1 and V17) from the cursor on and stops after a page; the use case merges
 * the services' pages. Sub-tickets are private (AccessPolicy#maySee): the same rule is part of the query, so pages
 * and cursors stay exact.
 */
@ApplicationScoped
public class TicketListRepository {

    /** The ordering key of each sort, as the V17 indexes have it. */
    private static final Map<SortOrder, String> KEY = Map.of(
            SortOrder.CREATED, "t.created_at, t.id",
            SortOrder.UPDATED, "t.updated_at, t.created_at, t.id",
            SortOrder.PRIORITY, "ticket_priority_rank(t.priority), t.created_at, t.id");
    private static final String SPAM = "(t.status = 'INTERNALLY_RESOLVED' and t.internal_resolution is not distinct from 'SPAM')";

    private final EntityManager entityManager;

    TicketListRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Up to {@code limit} tickets of one service in the query's view, order and criteria, after its position; with
     * {@code text}, only those whose full text matches {@code q}.
     */
    @SuppressWarnings("unchecked")
    public List<Ticket> page(ServiceScope scope, TicketQuery query, TextMatch text, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("select t.* from ticket t where t.workspace_code = :service"
                + " and t.deleted_at is null");
        parameters.put("service", scope.serviceCode());
        parameters.put("viewer", scope.viewer());
        if (!scope.admin()) {
            // the parent's assignee is a scalar subquery: as EXISTS, PostgreSQL hashes all the viewer's tickets first
            sql.append(" and (t.parent_id is null or t.assignee = :viewer")
                    .append(scope.myGroups().isEmpty() ? "" : " or t.group_id in (:groups)")
                    .append(" or (select p.assignee from ticket p where p.id = t.parent_id) = :viewer)");
        }
        view(sql, parameters, query.view(), scope);
        if (query.starred()) {
            sql.append(" and t.id in (select s.ticket_id from ticket_star s where s.username = :viewer)");
        }
        criteria(sql, parameters, query.criteria(), scope);
        if (text != null) { // q, matched once per request by the full-text index (TicketTexts#match)
            sql.append(" and ").append(text.condition());
            parameters.putAll(text.parameters());
        }
        if (query.after() != null) {
            after(sql, parameters, query.after());
        }
        String key = KEY.get(query.sort());
        sql.append(" order by ").append(key.replace(",", " desc,")).append(" desc");
        Query statement = entityManager.createNativeQuery(sql.toString(), Ticket.class).setMaxResults(limit);
        // bound only where used: the viewer, for one, is not named in an admin's view of anyone's tickets
        String statementText = sql.toString();
        parameters.forEach((name, value) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(statementText).find()) {
                statement.setParameter(name, value);
            }
        });
        return statement.getResultList();
    }

    private static void view(StringBuilder sql, Map<String, Object> parameters, View view, ServiceScope scope) {
        sql.append(view.spamBox() ? " and " + SPAM : " and not " + SPAM);
        if (view.statuses().size() < TicketStatus.values().length) {
            sql.append(" and t.status in (:viewStatuses)");
            parameters.put("viewStatuses", names(view.statuses()));
        }
        switch (view.scope()) {
            case MINE -> sql.append(" and t.assignee = :viewer");
            case MY_GROUPS -> sql.append(scope.myGroups().isEmpty() ? " and false" : " and t.group_id in (:groups)");
            case ANYONE -> {
            }
        }
        if (sql.indexOf(":groups") >= 0) {
            parameters.put("groups", scope.myGroups());
        }
    }

    private static void criteria(StringBuilder sql, Map<String, Object> parameters, TicketQuery.Criteria c,
                                 ServiceScope scope) {
        if (scope.createdFrom() != null) {
            sql.append(" and t.created_at >= :createdFrom");
            parameters.put("createdFrom", scope.createdFrom());
        }
        if (scope.createdBefore() != null) {
            sql.append(" and t.created_at < :createdBefore");
            parameters.put("createdBefore", scope.createdBefore());
        }
        in(sql, parameters, "t.priority", "priorities", names(c.priorities()));
        in(sql, parameters, "t.status", "statuses", names(c.statuses()));
        in(sql, parameters, "t.channel", "channels", names(c.channels()));
        if (c.number() != null) {
            sql.append(c.number().serviceCode() == null || c.number().serviceCode().equals(scope.serviceCode())
                    ? " and t.number = :number" : " and false");
            parameters.put("number", c.number().number());
        }
        contains(sql, parameters, "t.title", "title", c.title());
        equal(sql, parameters, "t.group_id", "groupId", c.groupId());
        equal(sql, parameters, "t.assignee", "assignee", c.assignee());
        if (c.inquiryTypeId() != null) {
            sql.append(" and t.inquiry_type_id in (with recursive subtree as (select id from inquiry_type"
                    + " where id = :inquiryType union all select i.id from inquiry_type i join subtree s"
                    + " on i.parent_id = s.id) select id from subtree)");
            parameters.put("inquiryType", c.inquiryTypeId());
        }
        equal(sql, parameters, "t.processing_type_id", "processingType", c.processingTypeId());
        customer(sql, parameters, "number", "customerNumber", c.customerNumber());
        contains(sql, parameters, "t.customer_name", "customerName", c.customerName());
        customer(sql, parameters, "login_id", "loginId", c.loginId());
        if (c.email() != null) {
            sql.append(" and lower(t.customer_email) = lower(:email)");
            parameters.put("email", c.email());
        }
        customer(sql, parameters, "phone", "phone", c.phone());
        equal(sql, parameters, "t.language", "language", c.language());
        int f = 0;
        for (String containment : scope.fieldContainments().values()) {
            sql.append(" and t.field_values @> cast(:field").append(f).append(" as jsonb)");
            parameters.put("field" + f++, containment);
        }
    }

    private static void after(StringBuilder sql, Map<String, Object> parameters, ListPosition after) {
        switch (after.sort()) {
            case CREATED -> sql.append(" and (t.created_at, t.id) < (:afterCreated, :afterId)");
            case UPDATED -> {
                sql.append(" and (t.updated_at, t.created_at, t.id) < (:afterUpdated, :afterCreated, :afterId)");
                parameters.put("afterUpdated", after.updatedAt());
            }
            case PRIORITY -> {
                sql.append(" and (ticket_priority_rank(t.priority), t.created_at, t.id)"
                        + " < (cast(:afterRank as smallint), :afterCreated, :afterId)");
                parameters.put("afterRank", after.priorityRank());
            }
        }
        parameters.put("afterCreated", after.createdAt());
        parameters.put("afterId", after.id());
    }

    /** Tickets whose customer record of the service has this value ({@code customer_by_*}, then the customer's index). */
    private static void customer(StringBuilder sql, Map<String, Object> parameters, String column, String name,
                                 Object value) {
        if (value != null) {
            sql.append(" and t.customer_id in (select c.id from customer c where c.workspace_code = :service and c.")
                    .append(column).append(" = :").append(name).append(")");
            parameters.put(name, value);
        }
    }

    private static void in(StringBuilder sql, Map<String, Object> parameters, String column, String name,
                           List<String> values) {
        if (!values.isEmpty()) {
            sql.append(" and ").append(column).append(" in (:").append(name).append(")");
            parameters.put(name, values);
        }
    }

    private static void equal(StringBuilder sql, Map<String, Object> parameters, String column, String name,
                              Object value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = :").append(name);
            parameters.put(name, value);
        }
    }

    private static void contains(StringBuilder sql, Map<String, Object> parameters, String column, String name,
                                 String value) {
        if (value != null) {
            sql.append(" and lower(").append(column).append(") like :").append(name).append(" escape '\\'");
            parameters.put(name, "%" + likeEscaped(value.toLowerCase(Locale.ROOT)) + "%");
        }
    }

    private static String likeEscaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.name()));
        return names.stream().sorted().toList();
    }
}
