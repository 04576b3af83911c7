package io.switchboard.loadtests.seed;

import io.switchboard.ticket.search.domain.SearchText;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Loads realistic tickets straight into ticket-service's database with COPY (not through the API), for the views
 * and search scenarios at 1,000,000 tickets. Each ticket comes with its history, its full-text document and the SLA
 * clocks of a catch-all policy ({@code ticket_sla}), so lists and my status read clocks as they would in a center
 * whose every ticket is under a policy.
 *
 * <p>Every run adds another batch: new customers (numbers and e-mail addresses never seen before) and new tickets
 * whose numbers are taken from the services' own number sequences (migration V14) with {@code nextval}, so they
 * never collide with tickets created through the API meanwhile and later creates continue after them. Seeded
 * operators and groups are added once (a second run finds them). Settings, as arguments
 * {@code [jdbc-url [user [password]]]} or {@code -Dseed.*}: {@code url}, {@code user}, {@code password},
 * {@code tickets} (1,000,000), {@code customers} (200,000), {@code services} (all INQUIRY services),
 * {@code operators} (40 seeded operators per service).
 */
public final class Seeder {

    private static final int CHUNK = 25_000;
    private static final Duration YEAR = Duration.ofDays(365);
    private static final String SEED_GROUP_PREFIX = "seed ";
    private static final String SEED_POLICY_NAME = "seed catch-all";
    private static final UUID SEED_POLICY = UUID.nameUUIDFromBytes(SEED_POLICY_NAME.getBytes(
            java.nio.charset.StandardCharsets.UTF_8));
    private static final List<String> SEED_GROUPS = List.of("결제팀", "계정팀", "配送チーム", "請求チーム", "Returns",
            "VIP");
    private static final String[] CHANNELS = {"HELP_CENTER", "EMAIL", "API", "CHAT", "PHONE", "SOCIAL", "MANUAL"};
    private static final int[] CHANNEL_WEIGHTS = {35, 30, 15, 8, 7, 3, 2};
    private static final String[] PRIORITIES = {"LOW", "NORMAL", "HIGH", "URGENT"};
    private static final int[] PRIORITY_WEIGHTS = {10, 70, 15, 5};
    private static final String[] REASONS = {"SPAM", "DUPLICATE", "TEST", "ABUSE", "CHAT_RESOLVED", "PHONE_RESOLVED",
            "OTHER"};
    private static final int[] REASON_WEIGHTS = {40, 15, 5, 5, 15, 10, 10};
    private static final String[] TAGS = {"vip", "재문의", "緊急", "refund", "bug", "결제", "返品"};
    private static final String TICKET_COLUMNS = "id, workspace_code, number, title, content, channel, status, "
            + "customer_email, customer_name, customer_phone, customer_id, group_id, assignee, parent_id, created_by, "
            + "created_at, updated_at, internal_resolution, status_before_internal_resolution, first_response_at, "
            + "resolved_at, completed_at, deleted_at, priority, language, inquiry_type_id, processing_type_id, tags";

    /** Statuses by the ticket's age: fresh tickets are open, a month-old one is almost surely closed. */
    private static final String[] STATUSES = {"UNASSIGNED", "IN_PROGRESS", "ON_HOLD", "RESOLVED", "COMPLETED",
            "INTERNALLY_RESOLVED", "ESCALATED", "ESCALATION_ANSWERED", "DOORAY_ESCALATED", "DOORAY_IN_PROGRESS",
            "DOORAY_ANSWERED"};
    private static final int[] FRESH = {25, 45, 10, 10, 0, 4, 3, 1, 1, 1, 0};
    private static final int[] RECENT = {3, 15, 12, 50, 0, 8, 4, 3, 1, 2, 2};
    private static final int[] OLD = {1, 1, 1, 0, 82, 10, 1, 2, 0, 0, 2};

    record Settings(String url, String user, String password, int tickets, int customers, List<String> services,
                    int operators) {

        static Settings of(String[] args) {
            String services = System.getProperty("seed.services", "");
            return new Settings(
                    args.length > 0 ? args[0] : System.getProperty("seed.url", "jdbc:postgresql://127.0.0.1:15432/ticket"),
                    args.length > 1 ? args[1] : System.getProperty("seed.user", "switchboard"),
                    args.length > 2 ? args[2] : System.getProperty("seed.password", "switchboard"),
                    Integer.getInteger("seed.tickets", 1_000_000), Integer.getInteger("seed.customers", 200_000),
                    services.isBlank() ? List.of() : Arrays.stream(services.split(",")).map(String::strip).toList(),
                    Integer.getInteger("seed.operators", 40));
        }
    }

    record Group(UUID id, String name, List<String> members) {
    }

    record Service(String code, ZoneId zone, List<String> languages, String editor, int autoCompleteDays,
                   List<Group> groups, Map<String, String> operatorNames, List<UUID> inquiryTypes,
                   List<UUID> processingTypes) {
    }

    /** The customers of one service seeded in this run, by index. */
    record Customers(UUID[] ids, String[] emails, String[] names, String[] phones, Texts.Language[] languages) {
    }

    private final Connection db;
    private final Settings settings;
    private final Random random = new Random();
    private final Instant now = Instant.now();
    private final Map<String, Long> rows = new LinkedHashMap<>();

    private Seeder(Connection db, Settings settings) {
        this.db = db;
        this.settings = settings;
    }

    public static void main(String[] args) throws SQLException {
        Settings settings = Settings.of(args);
        try (Connection db = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            db.setAutoCommit(false);
            new Seeder(db, settings).run();
        }
    }

    private void run() throws SQLException {
        long started = System.nanoTime();
        List<String> codes = serviceCodes();
        for (String code : codes) {
            addSeedPeople(code);
        }
        db.commit();
        List<Service> services = new ArrayList<>();
        for (String code : codes) {
            services.add(service(code));
        }
        for (int s = 0; s < services.size(); s++) {
            Service service = services.get(s);
            int tickets = share(settings.tickets(), services.size(), s);
            int customers = Math.max(1, share(settings.customers(), services.size(), s));
            System.out.printf(Locale.ROOT, "%s: %,d customers, %,d tickets (%d groups, languages %s)%n", service.code(),
                    customers, tickets, service.groups().size(), service.languages());
            seedTickets(service, seedCustomers(service, customers), tickets, started);
            raiseSequence("ticket", service.code());
            raiseSequence("customer", service.code());
            db.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        rows.forEach((table, count) -> System.out.printf(Locale.ROOT, "  %-15s %,12d rows%n", table, count));
        System.out.printf(Locale.ROOT, "Loaded %,d rows in %.1f s: %,.0f rows/s (%,.0f tickets/s)%n", total, seconds,
                total / seconds, rows.getOrDefault("ticket", 0L) / seconds);
        long analyzing = System.nanoTime();
        db.setAutoCommit(true);
        try (Statement statement = db.createStatement()) {
            statement.execute("ANALYZE");
        }
        System.out.printf(Locale.ROOT, "ANALYZE in %.1f s%n", (System.nanoTime() - analyzing) / 1e9);
    }

    private List<String> serviceCodes() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT code, type FROM workspace ORDER BY code");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                boolean asked = settings.services().isEmpty() ? "INQUIRY".equals(rs.getString(2))
                        : settings.services().contains(rs.getString(1));
                if (asked) {
                    codes.add(rs.getString(1));
                }
            }
        }
        List<String> unknown = settings.services().stream().filter(c -> !codes.contains(c)).toList();
        if (!unknown.isEmpty() || codes.isEmpty()) {
            throw new IllegalStateException(codes.isEmpty() && unknown.isEmpty()
                    ? "The database has no INQUIRY service to seed: start ticket-service once with its demo data, or name "
                    + "services with -Dseed.services" : "No such services: " + unknown);
        }
        return codes;
    }

    /**
     * Seeded operators and groups beside the service's real ones, added once. ticket-service publishes services
     * whose published_at is empty at its next start, so routing- and notification-service learn them too.
     */
    private void addSeedPeople(String code) throws SQLException {
        String languages = queryString("SELECT help_center_languages FROM workspace WHERE code = ?", code);
        Texts.Language language = Texts.of(languages.split(",")[0].strip());
        List<UUID> groups = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO operator_group (id, workspace_code, name) VALUES (?, ?, ?)
                ON CONFLICT (workspace_code, name) DO NOTHING""")) {
            for (String name : SEED_GROUPS) {
                UUID id = UUID.nameUUIDFromBytes((code + "/" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                groups.add(id);
                insert.setObject(1, id);
                insert.setString(2, code);
                insert.setString(3, SEED_GROUP_PREFIX + name);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement operator = db.prepareStatement("""
                INSERT INTO operator (username, display_name, email) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""");
             PreparedStatement membership = db.prepareStatement("""
                     INSERT INTO membership (id, workspace_code, username, role, may_forward, assignment_enabled)
                     VALUES (?, ?, ?, ?, TRUE, TRUE) ON CONFLICT (workspace_code, username) DO NOTHING""");
             PreparedStatement member = db.prepareStatement("""
                     INSERT INTO group_member (id, group_id, username) VALUES (?, ?, ?)
                     ON CONFLICT (group_id, username) DO NOTHING""")) {
            for (int i = 0; i < settings.operators(); i++) {
                String username = String.format(Locale.ROOT, "seed-%s-%02d", code.toLowerCase(Locale.ROOT), i + 1);
                operator.setString(1, username);
                operator.setString(2, Texts.name(language, i * 7 + 3));
                operator.setString(3, username + "@example.com");
                operator.addBatch();
                membership.setObject(1, uuid());
                membership.setString(2, code);
                membership.setString(3, username);
                membership.setString(4, i < 2 ? "ADMIN" : "OPERATOR");
                membership.addBatch();
                // everyone sits in one group, every third operator in a second one
                for (int g = 0; g < (i % 3 == 0 ? 2 : 1); g++) {
                    member.setObject(1, uuid());
                    member.setObject(2, groups.get((i + g) % groups.size()));
                    member.setString(3, username);
                    member.addBatch();
                }
            }
            operator.executeBatch();
            membership.executeBatch();
            member.executeBatch();
        }
        try (PreparedStatement unpublished = db.prepareStatement("UPDATE workspace SET published_at = NULL WHERE code = ?")) {
            unpublished.setString(1, code);
            unpublished.executeUpdate();
        }
    }

    /** The service as it is in the database now: its groups with the members tickets may be assigned to. */
    private Service service(String code) throws SQLException {
        ZoneId zone;
        List<String> languages;
        String editor;
        int autoComplete;
        try (PreparedStatement query = db.prepareStatement(
                "SELECT time_zone, help_center_languages, editor_type, auto_complete_days FROM workspace WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                zone = ZoneId.of(rs.getString(1));
                languages = Arrays.stream(rs.getString(2).split(",")).map(String::strip).toList();
                editor = rs.getString(3);
                autoComplete = rs.getInt(4);
            }
        }
        Map<UUID, Group> groups = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement("""
                SELECT g.id, g.name, o.username, o.display_name FROM operator_group g
                LEFT JOIN group_member gm ON gm.group_id = g.id
                LEFT JOIN membership m ON m.username = gm.username AND m.workspace_code = g.workspace_code
                     AND m.assignment_enabled
                LEFT JOIN operator o ON o.username = m.username
                WHERE g.workspace_code = ? ORDER BY g.name, o.username""")) {
            query.setString(1, code);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Group group = groups.computeIfAbsent(rs.getObject(1, UUID.class),
                            id -> new Group(id, uncheckedString(rs, 2), new ArrayList<>()));
                    if (rs.getString(3) != null) {
                        group.members().add(rs.getString(3));
                        names.put(rs.getString(3), rs.getString(4));
                    }
                }
            }
        }
        List<Group> staffed = groups.values().stream().filter(g -> !g.members().isEmpty()).toList();
        return new Service(code, zone, languages, editor, autoComplete, staffed, names,
                ids("SELECT id FROM inquiry_type WHERE service_code = ? AND active", code),
                ids("SELECT id FROM processing_type WHERE service_code = ? AND active", code));
    }

    private Customers seedCustomers(Service service, int count) throws SQLException {
        long[] numbers = reserve("customer", service.code(), count);
        Customers customers = new Customers(new UUID[count], new String[count], new String[count], new String[count],
                new Texts.Language[count]);
        CopyRows copy = new CopyRows("customer", "id, workspace_code, number, name, email, phone, login_id, created_at");
        for (int i = 0; i < count; i++) {
            Texts.Language language = Texts.of(pickLanguage(service.languages()));
            int person = random.nextInt(10_000);
            UUID id = uuid();
            String name = Texts.name(language, person);
            String email = Texts.mailbox(language, person) + "." + numbers[i] + "@"
                    + (language == Texts.KO ? "example.co.kr" : language == Texts.JA ? "example.co.jp" : "example.com");
            String phone = random.nextInt(10) < 6 ? phone(language) : null;
            customers.ids()[i] = id;
            customers.emails()[i] = email;
            customers.names()[i] = name;
            customers.phones()[i] = phone;
            customers.languages()[i] = language;
            copy.add(id).add(service.code()).add(numbers[i]).add(name).add(email).add(phone)
                    .add(random.nextInt(10) < 4 ? Texts.mailbox(language, person) + numbers[i] : null)
                    .add(now.minus(YEAR).minusSeconds(random.nextInt(365 * 86_400))).end();
        }
        copy.copyInto(db);
        count(copy);
        db.commit();
        return customers;
    }

    private void seedTickets(Service service, Customers customers, int count, long started) throws SQLException {
        if (count == 0) {
            return;
        }
        long[] numbers = reserve("ticket", service.code(), count);
        long[] times = creationTimes(service.zone(), count);
        for (int from = 0; from < count; from += CHUNK) {
            int to = Math.min(count, from + CHUNK);
            CopyRows tickets = new CopyRows("ticket", TICKET_COLUMNS);
            CopyRows events = new CopyRows("ticket_event", "ticket_id, type, actor, summary, created_at");
            CopyRows messages = new CopyRows("ticket_message",
                    "id, ticket_id, type, author, body, body_format, created_at, mail_message_id");
            CopyRows timers = new CopyRows("ticket_timer", "ticket_id, kind, due_at");
            CopyRows texts = new CopyRows("ticket_text", "ticket_id, document, size");
            CopyRows clocks = new CopyRows("ticket_sla",
                    "ticket_id, policy_id, policy_name, clocks, next_due_at, next_warn_at, overdue, changed_at");
            TicketWriter writer = new TicketWriter(service, customers, tickets, events, messages, timers, texts,
                    clocks);
            for (int i = from; i < to; i++) {
                writer.write(numbers[i], Instant.ofEpochMilli(times[i]));
            }
            // tickets first: ticket_sla's insert trigger (V43) copies each clock row's assignee from its ticket
            for (CopyRows copy : List.of(tickets, events, messages, timers, texts, clocks)) {
                copy.copyInto(db);
                count(copy);
            }
            db.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "  %s: %,d / %,d tickets, %,.0f rows/s so far%n", service.code(), to, count,
                    rows.values().stream().mapToLong(Long::longValue).sum() / seconds);
        }
    }

    /** One chunk's tickets with their history; remembers recent tickets as parents of sub-tickets. */
    private final class TicketWriter {

        private final Service service;
        private final Customers customers;
        private final CopyRows tickets;
        private final CopyRows events;
        private final CopyRows messages;
        private final CopyRows timers;
        private final CopyRows texts;
        private final CopyRows clocks;
        private final UUID[] recentIds = new UUID[256];
        private final int[] recentCustomers = new int[256];
        private final String[] recentChannels = new String[256];
        private final String[] recentAssignees = new String[256];
        private int written;

        TicketWriter(Service service, Customers customers, CopyRows tickets, CopyRows events, CopyRows messages,
                     CopyRows timers, CopyRows texts, CopyRows clocks) {
            this.texts = texts;
            this.clocks = clocks;
            this.service = service;
            this.customers = customers;
            this.tickets = tickets;
            this.events = events;
            this.messages = messages;
            this.timers = timers;
        }

        void write(long number, Instant created) {
            UUID id = uuid();
            // a few customers ask a lot, most ask once or twice
            int customer = (int) (customers.ids().length * Math.pow(random.nextDouble(), 1.5));
            String channel = CHANNELS[weighted(CHANNEL_WEIGHTS)];
            UUID parent = null;
            String parentAssignee = null;
            if (written > 0 && random.nextInt(200) == 0) {
                int p = random.nextInt(Math.min(written, recentIds.length));
                if (recentIds[p] != null) {
                    parent = recentIds[p];
                    customer = recentCustomers[p];
                    channel = recentChannels[p];
                    parentAssignee = recentAssignees[p];
                }
            }
            Texts.Language language = customers.languages()[customer];
            String email = customers.emails()[customer];
            String name = customers.names()[customer];
            long ageDays = Duration.between(created, now).toDays();
            String status = STATUSES[weighted(ageDays < 2 ? FRESH : ageDays < 14 ? RECENT : OLD)];
            boolean triaged = status.equals("INTERNALLY_RESOLVED") && random.nextBoolean();
            boolean assigned = !status.equals("UNASSIGNED") && !triaged && !service.groups().isEmpty();
            if (!assigned && !status.equals("INTERNALLY_RESOLVED")) {
                status = "UNASSIGNED";
            }
            Group group = assigned || parent != null && !service.groups().isEmpty()
                    ? Texts.pick(service.groups(), random) : null;
            String assignee = assigned ? Texts.pick(group.members(), random) : null;
            String createdBy = switch (channel) {
                case "EMAIL", "HELP_CENTER" -> "customer:" + email;
                case "API", "SOCIAL" -> "service-account-demo-integration";
                default -> parentAssignee != null ? parentAssignee : assignee != null ? assignee : anyOperator(service);
            };
            Instant assignedAt = created.plusSeconds(2 + random.nextInt(120));
            Instant firstResponse = null;
            Instant resolved = null;
            Instant completed = null;
            String reply = switch (status) {
                case "ON_HOLD" -> "INTERIM_REPLY";
                case "RESOLVED", "COMPLETED" -> "FINAL_REPLY";
                default -> null;
            };
            if (reply != null) {
                firstResponse = before(assignedAt.plusSeconds(600 + random.nextInt(2 * 86_400)));
                if (reply.equals("FINAL_REPLY")) {
                    resolved = firstResponse;
                    completed = resolved.plus(Duration.ofDays(service.autoCompleteDays()));
                    if (status.equals("RESOLVED") || completed.isAfter(now)) {
                        status = "RESOLVED";
                        completed = null;
                    }
                }
            }
            String reason = status.equals("INTERNALLY_RESOLVED") ? REASONS[weighted(REASON_WEIGHTS)] : null;
            Instant closedInternally = reason == null ? null : before(created.plusSeconds(60 + random.nextInt(86_400)));
            Instant deleted = "SPAM".equals(reason) && random.nextInt(20) == 0 ? closedInternally : null;
            Instant updated = latest(created, assigned ? assignedAt : null, firstResponse, completed, closedInternally);
            String date = created.minus(Duration.ofDays(random.nextInt(6))).atZone(service.zone())
                    .format(DATES.get(language.code()));
            long order = 1_000_000 + random.nextInt(9_000_000);
            String content = Texts.body(language, random, name, order, date);
            boolean typed = !service.inquiryTypes().isEmpty() && random.nextInt(100) < 85;
            boolean processed = !service.processingTypes().isEmpty() && (completed != null || resolved != null)
                    && random.nextInt(100) < 70;
            String title = Texts.title(language, random);
            List<String> searchable = new ArrayList<>(List.of(title, content));
            tickets.add(id).add(service.code()).add(number).add(title).add(content).add(channel)
                    .add(status).add(email).add(name).add("PHONE".equals(channel) ? customers.phones()[customer] : null)
                    .add(customers.ids()[customer]).add(group == null ? null : group.id()).add(assignee).add(parent)
                    .add(createdBy).add(created).add(updated).add(reason)
                    .add(reason == null ? null : assigned ? "IN_PROGRESS" : "UNASSIGNED")
                    .add(firstResponse).add(resolved).add(completed).add(deleted)
                    .add(PRIORITIES[weighted(PRIORITY_WEIGHTS)])
                    .add(service.languages().contains(language.code()) ? language.code() : service.languages().get(0))
                    .add(typed ? Texts.pick(service.inquiryTypes(), random) : null)
                    .add(processed ? Texts.pick(service.processingTypes(), random) : null)
                    .add(random.nextInt(10) == 0 ? "[\"" + TAGS[random.nextInt(TAGS.length)] + "\"]" : "[]").end();

            event(id, "CREATED", createdBy, "Created via " + channel, created);
            if (channel.equals("EMAIL")) {
                message(id, "CUSTOMER_INQUIRY", createdBy, content, "TEXT", created, "<" + uuid() + "@mail.example.com>");
                searchable.add(content);
            }
            if (assigned) {
                event(id, "ASSIGNED", "Default routing", "Assigned to " + service.operatorNames().get(assignee) + " ("
                        + group.name() + ") by trigger 'Default routing'", assignedAt);
            }
            if (reply != null) {
                String body = Texts.reply(language, random, name, order, date);
                message(id, reply, assignee, "HTML".equals(service.editor()) ? "<p>" + body + "</p>" : body,
                        service.editor(), firstResponse, null);
                searchable.add(body);
                event(id, "REPLIED", assignee, reply.equals("FINAL_REPLY") ? "Final reply by " + assignee + "; resolved"
                        : "Interim reply by " + assignee + "; on hold", firstResponse);
            }
            if (completed != null) {
                event(id, "STATUS_CHANGED", "system", "Completed " + service.autoCompleteDays()
                        + " days after it was resolved", completed);
            } else if (resolved != null) {
                timers.add(id).add("AUTO_COMPLETE").add(resolved.plus(Duration.ofDays(service.autoCompleteDays()))).end();
            }
            if (reason != null) {
                String actor = assigned ? assignee : anyOperator(service);
                event(id, "STATUS_CHANGED", actor, "Internally resolved by " + actor + ": " + reason, closedInternally);
            }
            slaClocks(id, status, created, firstResponse, resolved, completed != null || reason != null);
            // the ticket's full-text document as ticket-service writes it: title and content, then each message
            SearchText.Part document = SearchText.part(searchable);
            texts.add(id).add(document.vector()).add(document.bytes()).end();
            if (parent == null) {
                int slot = written % recentIds.length;
                recentIds[slot] = id;
                recentCustomers[slot] = customer;
                recentChannels[slot] = channel;
                recentAssignees[slot] = assignee;
            }
            written++;
        }

        /**
         * The clocks of a catch-all policy as escalation-service would have published them (only the snapshot:
         * escalation-service holds no timers for seeded tickets). The readers' worst case: every ticket has a row,
         * a third of the open unanswered ones are past due and the rest run with a warning ahead.
         */
        private void slaClocks(UUID id, String status, Instant created, Instant firstResponse, Instant resolved,
                               boolean closed) {
            Instant due = null;
            Instant warn = null;
            boolean overdue = false;
            String firstState = "MET";
            String resolutionState = "MET";
            if (resolved == null && !closed) {
                if (random.nextInt(3) == 0) {
                    overdue = true;
                    due = before(created.plus(Duration.ofHours(24)));
                    resolutionState = "BREACHED";
                } else {
                    due = now.plusSeconds(600 + random.nextInt(2 * 86_400));
                    warn = due.minus(Duration.ofHours(2));
                    resolutionState = "RUNNING";
                }
                if (firstResponse == null) {
                    firstState = resolutionState;
                }
            }
            boolean lateOnce = !overdue && random.nextInt(10) == 0;
            String json = "[" + clock("FIRST_RESPONSE", firstState, "PT4H", firstState.equals("MET") ? null : due,
                    firstState.equals("RUNNING") ? warn : null, overdue || lateOnce)
                    + "," + clock("RESOLUTION", resolutionState, "PT24H", due, warn, overdue) + "]";
            clocks.add(id).add(SEED_POLICY).add(SEED_POLICY_NAME).add(json).add(due).add(warn)
                    .add(overdue ? "true" : "false").add(latest(created, firstResponse, resolved)).end();
        }

        private static String clock(String metric, String state, String target, Instant due, Instant warn,
                                    boolean breached) {
            return "{\"metric\":\"" + metric + "\",\"state\":\"" + state + "\",\"target\":\"" + target
                    + "\",\"dueAt\":" + quoted(due) + ",\"warnAt\":" + quoted(warn) + ",\"breached\":" + breached
                    + "}";
        }

        private static String quoted(Instant at) {
            return at == null ? "null" : "\"" + at + "\"";
        }

        private void event(UUID ticket, String type, String actor, String summary, Instant at) {
            events.add(ticket).add(type).add(actor).add(summary).add(at).end();
        }

        private void message(UUID ticket, String type, String author, String body, String format, Instant at,
                             String mailId) {
            messages.add(uuid()).add(ticket).add(type).add(author).add(body).add(format).add(at).add(mailId).end();
        }
    }

    private static final Map<String, DateTimeFormatter> DATES = Map.of(
            "ko", DateTimeFormatter.ofPattern("M월 d일", Locale.KOREAN),
            "ja", DateTimeFormatter.ofPattern("M月d日", Locale.JAPANESE),
            "en", DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH));

    /**
     * Creation times over the last year, oldest first (numbers grow with them): busiest in the service's business
     * hours, quieter in the evening, at night and on weekends.
     */
    private long[] creationTimes(ZoneId zone, int count) {
        long[] times = new long[count];
        long start = now.minus(YEAR).toEpochMilli();
        long span = YEAR.toMillis() - 60_000;
        for (int i = 0; i < count; ) {
            long at = start + (long) (random.nextDouble() * span);
            ZonedDateTime local = Instant.ofEpochMilli(at).atZone(zone);
            int hour = local.getHour();
            double weight = hour >= 9 && hour < 18 ? 1.0 : hour >= 7 && hour < 23 ? 0.4 : 0.1;
            if (local.getDayOfWeek().getValue() >= 6) {
                weight *= 0.5;
            }
            if (random.nextDouble() < weight) {
                times[i++] = at;
            }
        }
        Arrays.sort(times);
        return times;
    }

    /**
     * Takes {@code count} numbers from the service's sequence with nextval: whatever the API creates meanwhile gets
     * other numbers, and the sequence ends past the seeded ones.
     */
    private long[] reserve(String kind, String code, int count) throws SQLException {
        raiseSequence(kind, code);
        long[] numbers = new long[count];
        try (PreparedStatement query = db.prepareStatement(
                "SELECT nextval(service_number_sequence(?, ?)::regclass) FROM generate_series(1, ?)")) {
            query.setString(1, kind);
            query.setString(2, code);
            query.setInt(3, count);
            query.setFetchSize(100_000);
            try (ResultSet rs = query.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    numbers[i] = rs.getLong(1);
                }
            }
        }
        Arrays.sort(numbers);
        db.commit();
        return numbers;
    }

    /** Moves the sequence past the highest number in the table, should rows have been written around it. */
    private void raiseSequence(String kind, String code) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                SELECT setval(service_number_sequence(?, ?)::regclass, highest)
                FROM (SELECT max(number) AS highest FROM %s WHERE workspace_code = ?) numbers,
                     pg_sequence_last_value(service_number_sequence(?, ?)::regclass) AS last(value)
                WHERE highest > coalesce(last.value, 0)""".formatted(kind))) {
            query.setString(1, kind);
            query.setString(2, code);
            query.setString(3, code);
            query.setString(4, kind);
            query.setString(5, code);
            query.execute();
        }
    }

    /** Someone who works in the service, for tickets an operator opened or closed unassigned. */
    private String anyOperator(Service service) {
        return service.groups().isEmpty() ? "seed-operator" : Texts.pick(Texts.pick(service.groups(), random).members(), random);
    }

    private String pickLanguage(List<String> languages) {
        int roll = random.nextInt(100);
        String wanted = roll < 55 ? "ko" : roll < 85 ? "ja" : "en";
        return languages.contains(wanted) ? wanted : languages.get(0);
    }

    private String phone(Texts.Language language) {
        int line = random.nextInt(100_000_000);
        return language == Texts.KO ? String.format(Locale.ROOT, "010%08d", line)
                : language == Texts.JA ? String.format(Locale.ROOT, "090%08d", line)
                : String.format(Locale.ROOT, "+1415%07d", line % 10_000_000);
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private Instant before(Instant at) {
        return at.isAfter(now) ? now : at;
    }

    private static Instant latest(Instant... times) {
        Instant latest = times[0];
        for (Instant t : times) {
            if (t != null && t.isAfter(latest)) {
                latest = t;
            }
        }
        return latest;
    }

    private UUID uuid() {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
    }

    private static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }

    private void count(CopyRows copy) {
        rows.merge(copy.table(), copy.rows(), Long::sum);
    }

    private String queryString(String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private List<UUID> ids(String sql, String parameter) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    private static String uncheckedString(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
