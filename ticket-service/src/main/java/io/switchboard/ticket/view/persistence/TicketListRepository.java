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
import java.util.UUID;
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
    /**
     * Up to this many tickets containing a text are listed by id; more (0.5 % of a million tickets) are found by
     * checking the tickets a view walks.
     */
    static final int FEW = 5_000;
    private static final String SPAM = "(t.status = 'INTERNALLY_RESOLVED' and t.internal_resolution is not distinct from 'SPAM')";

    private final EntityManager entityManager;

    TicketListRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Up to {@code limit} tickets of one service in the query's view, order and criteria, after its position; with
     * {@code text}, only those whose full text matches {@code q}; the "contains" criteria as {@link #containing} chose.
     */
    public List<Ticket> page(ServiceScope scope, TicketQuery query, TextMatch text, List<ContainsMatch> containing,
                             int limit) {
        Statement statement = walk(scope, query);
        List<String> conditions = textConditions(statement, text, containing);
        conditions.forEach(c -> statement.sql.append(" and ").append(c));
        statement.sql.append(statement.order);
        return statement.tickets(limit);
    }

    /**
     * The page as far as checking the text conditions on the first {@code walk} tickets of the view after its
     * position finds it: cheap whatever the texts, and complete when it finds {@code limit} tickets or the view has no
     * more than {@code walk}; otherwise it tells where the walk ended. A text in a twentieth of the tickets fills a
     * page of 50 within 1,000.
     */
    public Walked pageWithin(ServiceScope scope, TicketQuery query, TextMatch text, List<ContainsMatch> containing,
                             int limit, int walk) {
        Statement walked = walk(scope, query);
        walked.sql.append(walked.order).append(" limit ").append(walk);
        Statement statement = new Statement(new StringBuilder("select t.* from (").append(walked.sql).append(") t"),
                walked.parameters, walked.order);
        statement.sql.append(" where ").append(String.join(" and ", textConditions(statement, text, containing)))
                .append(statement.order);
        List<Ticket> found = statement.tickets(limit);
        if (found.size() == limit) {
            return new Walked(found, null);
        }
        // the walk's last ticket, if it had that many
        Statement last = new Statement(new StringBuilder("select t.* from (").append(walked.sql).append(") t"),
                walked.parameters, walked.order);
        last.sql.append(last.order).append(" offset ").append(walk - 1);
        List<Ticket> end = last.tickets(1);
        return new Walked(found, end.isEmpty() ? null : ListPosition.after(query.sort(), end.get(0)));
    }

    /** What a bounded walk found, and where it ended: null when that is the page, whatever lies beyond. */
    public record Walked(List<Ticket> found, ListPosition end) {

        public boolean complete() {
            return end == null;
        }
    }

    /** The "contains" criteria, each checked on every ticket a query walks ({@link ContainsMatch.Many}). */
    public List<ContainsMatch> checkedOnEachTicket(TicketQuery.Criteria c) {
        return contained(c).stream()
                .<ContainsMatch>map(t -> new ContainsMatch.Many(t.column(), t.parameter(), likePattern(t.text())))
                .toList();
    }

    /** A "contains" criterion: the column searched, its parameter's name and the text. */
    private record Contained(String column, String parameter, String text) {
    }

    private static List<Contained> contained(TicketQuery.Criteria c) {
        List<Contained> criteria = new ArrayList<>();
        if (c.title() != null) {
            criteria.add(new Contained("t.title", "titleContains", c.title()));
        }
        if (c.customerName() != null) {
            criteria.add(new Contained("t.customer_name", "customerNameContains", c.customerName()));
        }
        return criteria;
    }

    private static List<String> textConditions(Statement statement, TextMatch text, List<ContainsMatch> containing) {
        List<String> conditions = new ArrayList<>();
        for (ContainsMatch contains : containing) {
            conditions.add(contains.condition());
            statement.parameters.putAll(contains.parameters());
        }
        if (text != null) { // q, as TicketTexts#match or TextMatch.Many
            conditions.add(text.condition());
            statement.parameters.putAll(text.parameters());
        }
        return conditions;
    }

    /** The query's walk along the service's index: its view, star filter, criteria and position, in its order. */
    private Statement walk(ServiceScope scope, TicketQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("select t.* from ticket t where t.workspace_code = :service"
                + " and t.deleted_at is null");
        parameters.put("service", scope.serviceCode());
        parameters.put("viewer", scope.viewer());
        if (!scope.admin()) {
            sql.append(" and (t.parent_id is null or t.assignee = :viewer")
                    .append(scope.myGroups().isEmpty() ? "" : " or t.group_id in (:groups)")
                    .append(" or t.parent_assignee = :viewer)");
        }
        view(sql, parameters, query.view(), scope);
        if (query.starred()) {
            sql.append(" and t.id in (select s.ticket_id from ticket_star s where s.username = :viewer)");
        }
        criteria(sql, parameters, query.criteria(), scope);
        if (query.after() != null) {
            after(sql, parameters, query.after());
        }
        String key = KEY.get(query.sort());
        return new Statement(sql, parameters, " order by " + key.replace(",", " desc,") + " desc");
    }

    /** A native statement being built: its text, named parameters and the walk's order clause. */
    private final class Statement {
        final StringBuilder sql;
        final Map<String, Object> parameters;
        final String order;

        Statement(StringBuilder sql, Map<String, Object> parameters, String order) {
            this.sql = sql;
            this.parameters = parameters;
            this.order = order;
        }

        @SuppressWarnings("unchecked")
        List<Ticket> tickets(int limit) {
            return bound(entityManager.createNativeQuery(sql.toString(), Ticket.class).setMaxResults(limit))
                    .getResultList();
        }

        /** Binds only the parameters the text names: the viewer, for one, is not named in an admin's view. */
        private Query bound(Query statement) {
            String text = sql.toString();
            parameters.forEach((name, value) -> {
                if (Pattern.compile(":" + name + "\\b").matcher(text).find()) {
                    statement.setParameter(name, value);
                }
            });
            return statement;
        }
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
        if (!c.priorities().isEmpty()) {
            // as V17's index has it (rank = ordinal): a priority is then a range of ticket_by_workspace_priority,
            // newest first, instead of a filter on the walk of all tickets (URGENT + PHONE + ja: 32 → 6 ms)
            sql.append(" and ticket_priority_rank(t.priority) in (:priorityRanks)");
            parameters.put("priorityRanks", c.priorities().stream().map(Enum::ordinal).sorted().toList());
        }
        in(sql, parameters, "t.status", "statuses", names(c.statuses()));
        in(sql, parameters, "t.channel", "channels", names(c.channels()));
        if (c.number() != null) {
            sql.append(c.number().serviceCode() == null || c.number().serviceCode().equals(scope.serviceCode())
                    ? " and t.number = :number" : " and false");
            parameters.put("number", c.number().number());
        }
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

    /**
     * How the query keeps the tickets whose title or customer name contains the criteria's text (case-insensitive),
     * decided for the services searched: by the ids of the few tickets that contain the text (found by V20's gram
     * index), or, when more than {@link #FEW} do, by checking each ticket the view walks.
     */
    public List<ContainsMatch> containing(Collection<String> serviceCodes, TicketQuery.Criteria c) {
        return contained(c).stream().map(t -> containing(serviceCodes, t.column(), t.parameter(), t.text())).toList();
    }

    @SuppressWarnings("unchecked")
    private ContainsMatch containing(Collection<String> serviceCodes, String column, String parameter, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String pattern = likePattern(text);
        List<UUID> ids = serviceCodes.isEmpty() ? List.of() : entityManager.createNativeQuery("select t.id from ticket t"
                        + " where t.workspace_code in (:services) and t.deleted_at is null"
                        + " and text_grams(lower(" + column + ")) @> cast(:grams as text[])"
                        + " and lower(" + column + ") like :pattern escape '\\' limit :limit", UUID.class)
                .setParameter("services", serviceCodes).setParameter("grams", arrayLiteral(grams(lower)))
                .setParameter("pattern", pattern).setParameter("limit", FEW + 1).getResultList();
        return ids.size() <= FEW ? new ContainsMatch.Few(parameter, ids) : new ContainsMatch.Many(column, parameter, pattern);
    }

    /** What V20's {@code text_grams} holds of a text that contains this one: its pairs, or its one character. */
    static List<String> grams(String text) {
        int[] points = text.codePoints().toArray();
        if (points.length == 1) {
            return List.of(text);
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < points.length; i++) {
            String pair = new String(points, i, 2);
            if (!pairs.contains(pair)) {
                pairs.add(pair);
            }
        }
        return pairs;
    }

    /** A PostgreSQL array literal of texts, each quoted. */
    private static String arrayLiteral(List<String> elements) {
        StringBuilder literal = new StringBuilder("{");
        for (String element : elements) {
            literal.append(literal.length() > 1 ? "," : "").append('"')
                    .append(element.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    /** A LIKE pattern for the lower-cased texts that contain this one. */
    private static String likePattern(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.name()));
        return names.stream().sorted().toList();
    }
}
