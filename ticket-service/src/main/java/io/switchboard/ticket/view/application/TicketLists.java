package io.switchboard.ticket.view.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.platform.persistence.ReadOnly;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.field.application.Fields;
import io.switchboard.ticket.field.domain.FieldDefinition;
import io.switchboard.ticket.field.domain.FieldReader;
import io.switchboard.ticket.field.domain.FieldType;
import io.switchboard.ticket.field.persistence.FieldRepository;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.people.domain.Workspace;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import io.switchboard.ticket.search.application.TextQueries;
import io.switchboard.ticket.search.persistence.TextMatch;
import io.switchboard.ticket.search.persistence.TicketTexts;
import io.switchboard.ticket.ticket.application.TicketDetails;
import io.switchboard.ticket.ticket.application.TicketService;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.view.domain.ListPosition;
import io.switchboard.ticket.view.domain.SortOrder;
import io.switchboard.ticket.view.domain.TicketQuery;
import io.switchboard.ticket.view.persistence.ContainsMatch;
import io.switchboard.ticket.view.persistence.MarkRepository;
import io.switchboard.ticket.view.persistence.ServiceScope;
import io.switchboard.ticket.view.persistence.TicketListRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The views' lists with their search criteria (PRODUCT.md §3.4), limited to what the caller may see. */
@ApplicationScoped
public class TicketLists {

    /**
     * How many tickets of a view are checked for q before its matches are looked up: probing a ticket's document
     * costs about 7 µs, the lookup of a frequent word 40–100 ms.
     */
    static final int WALK_TEXT = 1_000;
    /** The same for "contains" alone: a LIKE on a title or name costs under a microsecond. */
    static final int WALK_CONTAINS = 5_000;
    /**
     * A text found in one of this many walked tickets or more is found by walking on: a page of 50 within 10,000
     * tickets. One of a million tickets that often is more than the indexes list cheaply ({@code FEW}: 5,000).
     */
    static final int SPARSE = 200;

    private final AccessPolicy access;
    private final PeopleRepository people;
    private final TicketListRepository lists;
    private final MarkRepository marks;
    private final TicketService tickets;
    private final Fields fields;
    private final FieldRepository fieldDefinitions;
    private final ObjectMapper json;
    private final TicketTexts texts;

    TicketLists(AccessPolicy access, PeopleRepository people, TicketListRepository lists, MarkRepository marks,
                TicketService tickets, Fields fields, FieldRepository fieldDefinitions, ObjectMapper json,
                TicketTexts texts) {
        this.texts = texts;
        this.access = access;
        this.people = people;
        this.lists = lists;
        this.marks = marks;
        this.tickets = tickets;
        this.fields = fields;
        this.fieldDefinitions = fieldDefinitions;
        this.json = json;
    }

    /** A ticket of a list with the caller's marks. */
    public record Listed(TicketDetails details, boolean starred, boolean unread) {
    }

    /** One page and where the next one starts (null on the last page). */
    public record Page(List<Listed> items, ListPosition next) {
    }

    /**
     * One page: each of the caller's services (or the one asked for) is read along its own index and stops after a
     * page; the pages are merged in the sort order PostgreSQL uses (ids compared as unsigned bytes).
     */
    @Transactional
    @ReadOnly
    public Page list(Caller caller, TicketQuery query) {
        List<String> services = access.serviceCodesOf(caller);
        String asked = query.criteria().service();
        if (asked != null) {
            if (!services.contains(asked)) {
                throw new ProblemException.Invalid("service", "is not a service you are a member of");
            }
            services = List.of(asked);
        }
        Map<String, Map<String, String>> containments = fieldContainments(caller, services, query.criteria().fields());
        String tsquery = query.criteria().text() == null ? null : TextQueries.of(query.criteria().text());
        List<Ticket> merged = new ArrayList<>();
        List<ServiceScope> unfilled = new ArrayList<>();
        for (String code : services) {
            ServiceScope scope = scope(caller, code, query.criteria(), containments.get(code));
            firstPage(scope, query, tsquery).ifPresentOrElse(merged::addAll, () -> unfilled.add(scope));
        }
        if (!unfilled.isEmpty()) { // a text is rare in these services' views: its matches, looked up in the indexes
            TextMatch text = tsquery == null ? null : texts.match(tsquery);
            for (ServiceScope scope : unfilled) {
                merged.addAll(lists.page(scope, query, text, lists.containing(List.of(scope.serviceCode()),
                        query.criteria()), query.limit() + 1));
            }
        }
        merged.sort(order(query.sort()));
        List<Ticket> page = merged.subList(0, Math.min(query.limit(), merged.size()));
        List<UUID> ids = page.stream().map(Ticket::id).toList();
        Set<UUID> starred = marks.starred(caller.username(), ids);
        Set<UUID> unread = marks.unread(caller.username(), ids);
        List<Listed> items = tickets.listed(caller, page).stream()
                .map(d -> new Listed(d, starred.contains(d.ticket().id()), unread.contains(d.ticket().id())))
                .toList();
        if (merged.size() <= query.limit()) {
            return new Page(items, null);
        }
        Ticket last = page.get(page.size() - 1);
        return new Page(items, ListPosition.after(query.sort(), last));
    }

    /**
     * One service's page, or empty when a text to find (q, "contains") is rare: checking the view's first tickets
     * ({@link TicketListRepository#pageWithin}) fills a page of a frequent text cheaply, where looking up its many
     * matches would not; a text in at least one of {@link #SPARSE} of them is found by checking on; a rarer one is
     * looked up.
     */
    private Optional<List<Ticket>> firstPage(ServiceScope scope, TicketQuery query, String tsquery) {
        int limit = query.limit() + 1;
        List<ContainsMatch> checked = lists.checkedOnEachTicket(query.criteria());
        TextMatch probed = tsquery == null ? null : new TextMatch.Many(tsquery);
        if (tsquery == null && checked.isEmpty()) {
            return Optional.of(lists.page(scope, query, null, List.of(), limit));
        }
        int walk = tsquery == null ? WALK_CONTAINS : WALK_TEXT;
        TicketListRepository.Walked walked = lists.pageWithin(scope, query, probed, checked, limit, walk);
        if (walked.complete()) {
            return Optional.of(walked.found());
        }
        if (walked.found().size() * SPARSE < walk) {
            return Optional.empty();
        }
        List<Ticket> page = new ArrayList<>(walked.found());
        page.addAll(lists.page(scope, query.from(walked.end(), limit - page.size()), probed, checked,
                limit - page.size()));
        return Optional.of(page);
    }

    private ServiceScope scope(Caller caller, String code, TicketQuery.Criteria criteria,
                               Map<String, String> containments) {
        Workspace service = people.workspace(code).orElseThrow();
        ZoneId zone = ZoneId.of(service.timeZone());
        boolean admin = access.standing(caller, code).isAdmin();
        Set<UUID> groups = people.groupsOf(caller.username(), code).stream().map(OperatorGroup::id)
                .collect(Collectors.toSet());
        Instant from = Optional.ofNullable(criteria.createdFrom()).map(b -> b.instant() != null ? b.instant()
                : b.date().atStartOfDay(zone).toInstant()).orElse(null);
        // an instant bound includes its microsecond (PostgreSQL's precision); a date bound the whole day
        Instant before = Optional.ofNullable(criteria.createdTo()).map(b -> b.instant() != null
                ? b.instant().truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS)
                : b.date().plusDays(1).atStartOfDay(zone).toInstant()).orElse(null);
        return new ServiceScope(code, caller.username(), admin, groups, from, before, containments);
    }

    /**
     * Per service, the custom-field criteria as JSON containments. A code must name a field the caller sees in one
     * of the services searched, and not an encrypted one (those are stored sealed: nothing to compare); a service
     * without the field finds nothing.
     */
    private Map<String, Map<String, String>> fieldContainments(Caller caller, List<String> services,
                                                               Map<String, String> criteria) {
        Map<String, Map<String, String>> byService = new LinkedHashMap<>();
        services.forEach(code -> byService.put(code, new LinkedHashMap<>()));
        criteria.forEach((code, value) -> {
            boolean found = false;
            for (String service : services) {
                FieldReader reader = fields.reader(caller, service);
                Optional<FieldDefinition> field = fieldDefinitions.find(service, code)
                        .filter(f -> !f.deleted() && reader.maySee(f));
                if (field.isPresent() && field.get().encrypted()) {
                    throw new ProblemException.Invalid("field." + code, "is encrypted and cannot be searched");
                }
                found |= field.isPresent();
                // a service without the field matches no ticket: no value contains this key
                byService.get(service).put(code, containment(code, value, field.map(FieldDefinition::type)
                        .orElse(FieldType.TEXT)));
            }
            if (!found) {
                throw new ProblemException.Invalid("field." + code, "is not a field of your services");
            }
        });
        return byService;
    }

    private String containment(String code, String value, FieldType type) {
        Object typed = type == FieldType.CHECKBOX || type == FieldType.AGREE ? Boolean.valueOf(value) : value;
        try {
            return json.writeValueAsString(Map.of(code, typed));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The list order of each sort: key descending, then created, then id as PostgreSQL orders uuids. */
    private static Comparator<Ticket> order(SortOrder sort) {
        Comparator<Ticket> created = Comparator.comparing(Ticket::createdAt).thenComparing(Ticket::id, (a, b) -> {
            int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
            return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
        });
        Comparator<Ticket> ascending = switch (sort) {
            case CREATED -> created;
            case UPDATED -> Comparator.comparing(Ticket::updatedAt).thenComparing(created);
            case PRIORITY -> Comparator.comparing((Ticket t) -> t.priority().ordinal()).thenComparing(created);
        };
        return ascending.reversed();
    }
}
