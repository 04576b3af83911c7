package io.switchboard.dooray.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stand-in's whole Dooray: organisations, their tokens and projects, in memory. Callers of the Dooray API
 * reach a project through {@link #projectFor}, which applies Dooray's token rules; the control API acts as a
 * project member through {@link #project}.
 */
public final class Dooray {

    /**
     * Dooray ids are long decimal numbers. They keep counting across resets, and each start counts on from its start
     * time (a thousand ids per millisecond), so a client that kept the ids of an earlier run never sees one twice.
     */
    private static final long FIRST_ID = 4_100_000_000_000_000_001L;

    private final Seed seed;
    private final Clock clock;
    private final AtomicLong nextId;
    private volatile State state;

    public Dooray(Seed seed, Clock clock) {
        this.seed = seed;
        this.clock = clock;
        this.nextId = new AtomicLong(FIRST_ID + clock.millis() * 1_000);
        this.state = new State(seed);
    }

    /** Forgets every task, comment and hook URL change: back to the seed. */
    public void reset() {
        state = new State(seed);
    }

    /** The project as the holder of {@code token} may see it: 401 without a known token, 404, 403 for another organisation. */
    public Caller projectFor(Optional<String> token, String projectId) {
        ApiToken apiToken = token.map(state.tokens::get).orElseThrow(() -> new DoorayException(Failure.UNAUTHORIZED,
                token.isEmpty() ? "Authorization: dooray-api {token} is required" : "unknown API token"));
        Project project = project(projectId);
        if (!project.organizationId().equals(apiToken.organizationId())) {
            throw new DoorayException(Failure.FORBIDDEN,
                    "the token's organization has no access to project " + projectId);
        }
        return new Caller(project, apiToken.memberId());
    }

    public Project project(String projectId) {
        Project project = state.projects.get(projectId);
        if (project == null) {
            throw new DoorayException(Failure.NOT_FOUND, "project " + projectId + " not found");
        }
        return project;
    }

    public List<Project> projects() {
        return List.copyOf(state.projects.values());
    }

    public Post createPost(Caller caller, NewPost content) {
        return caller.project().createPost(this::newId, caller.member(), content, clock.instant());
    }

    public Optional<HookEvent> moveTo(Project project, String postId, String workflowId, Member source) {
        return project.moveTo(postId, workflowId, source, clock.instant());
    }

    public HookEvent.CommentCreated comment(Project project, String postId, Body body, Member creator) {
        return project.comment(postId, new Comment(newId(), body, creator, clock.instant()));
    }

    /** Hook URLs are called as written, so each must be an absolute http(s) URL. */
    public void replaceHookUrls(Project project, List<String> urls) {
        for (String url : urls) {
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException | NullPointerException e) {
                throw new DoorayException(Failure.BAD_REQUEST, "hook URL '" + url + "' is not a URL");
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new DoorayException(Failure.BAD_REQUEST, "hook URL '" + url + "' must be an absolute http(s) URL");
            }
        }
        project.replaceHookUrls(urls);
    }

    private String newId() {
        return Long.toString(nextId.getAndIncrement());
    }

    /** A project reached with a token, and the member the token acts as. */
    public record Caller(Project project, String memberId) {

        /** The token's member; a token of the organisation that is no project member still acts as itself. */
        public Member member() {
            return project.members().stream().filter(m -> m.organizationMemberId().equals(memberId)).findFirst()
                    .orElseGet(() -> new Member(memberId, "API", "guest"));
        }
    }

    private static final class State {
        final Map<String, ApiToken> tokens;
        final Map<String, Project> projects;

        State(Seed seed) {
            tokens = seed.tokens().stream().collect(Collectors.toUnmodifiableMap(ApiToken::value, Function.identity()));
            projects = seed.projects().stream().map(Project::new)
                    .collect(Collectors.toMap(Project::id, Function.identity(), (a, b) -> {
                        throw new IllegalArgumentException("project " + a.id() + " is seeded twice");
                    }, LinkedHashMap::new));
        }
    }
}
