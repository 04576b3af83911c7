package io.switchboard.escalation.dooray.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.switchboard.escalation.dooray.application.DoorayApi.Body;
import io.switchboard.escalation.dooray.application.DoorayApi.Comment;
import io.switchboard.escalation.dooray.application.DoorayApi.IdRef;
import io.switchboard.escalation.dooray.application.DoorayApi.Member;
import io.switchboard.escalation.dooray.application.DoorayApi.NewComment;
import io.switchboard.escalation.dooray.application.DoorayApi.NewPost;
import io.switchboard.escalation.dooray.application.DoorayApi.Post;
import io.switchboard.escalation.dooray.application.DoorayApi.Project;
import io.switchboard.escalation.dooray.application.DoorayApi.Tag;
import io.switchboard.escalation.dooray.application.DoorayApi.Workflow;
import io.switchboard.platform.net.AddressPolicy;
import io.switchboard.platform.net.OutboundConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dooray's project API (PRODUCT.md §6) for one tenant token per call: {@code Authorization: dooray-api {token}},
 * answers in Dooray's envelope ({@code header.isSuccessful/resultCode/resultMessage}, {@code result}), members
 * it adds later ignored. Failures are {@link DoorayFailure}s.
 *
 * <p>429, 5xx and failed connections are tried again, up to {@code switchboard.dooray.retry.attempts}, after
 * Dooray's Retry-After or else a doubling backoff. A task or comment being created is repeated only when
 * Dooray cannot have made it (429, 503, no connection), never after a timeout or another 5xx, so a retry does
 * not create it twice.
 *
 * <p>The base URL is the operator's setting, not a user's, yet it still has to pass the outbound address policy
 * ({@code switchboard.outbound}): the local stack and the tests allow the stand-in's 127.0.0.1.
 */
@ApplicationScoped
public class DoorayClient {

    /** Dooray's ids are decimal; nothing else may become a path segment. */
    private static final Pattern ID = Pattern.compile("[0-9]{1,20}");

    private final DoorayConfig config;
    private final AddressPolicy policy;
    private final Clock clock;
    private final ObjectMapper json;
    private final HttpClient http;

    DoorayClient(DoorayConfig config, OutboundConfig outbound, Clock clock, ObjectMapper json) {
        this.config = config;
        this.policy = outbound.policy();
        this.clock = clock;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Project project(String token, String projectId) {
        return read(call(token, "GET", projectPath(projectId), null), Project.class);
    }

    public List<Member> members(String token, String projectId) {
        return readList(call(token, "GET", projectPath(projectId) + "/members", null), Member.class);
    }

    public List<Tag> tags(String token, String projectId) {
        return readList(call(token, "GET", projectPath(projectId) + "/tags", null), Tag.class);
    }

    public List<Workflow> workflows(String token, String projectId) {
        return readList(call(token, "GET", projectPath(projectId) + "/workflows", null), Workflow.class);
    }

    /** Creates a task (Dooray: post); returns its id. */
    public String createPost(String token, String projectId, NewPost post) {
        return read(call(token, "POST", projectPath(projectId) + "/posts", post), IdRef.class).id();
    }

    /** The project's tasks whose subject contains {@code subject} (Dooray's {@code subjects} filter). */
    public List<Post> postsBySubject(String token, String projectId, String subject) {
        return readList(call(token, "GET", projectPath(projectId) + "/posts?subjects="
                + URLEncoder.encode(subject, StandardCharsets.UTF_8), null), Post.class);
    }

    public Post post(String token, String projectId, String postId) {
        return read(call(token, "GET", postPath(projectId, postId), null), Post.class);
    }

    /** Comments on a task (Dooray: a log of the post); returns the comment's id. */
    public String addComment(String token, String projectId, String postId, Body body) {
        return read(call(token, "POST", postPath(projectId, postId) + "/logs", new NewComment(body)), IdRef.class).id();
    }

    public List<Comment> comments(String token, String projectId, String postId) {
        return readList(call(token, "GET", postPath(projectId, postId) + "/logs", null), Comment.class);
    }

    private JsonNode call(String token, String method, String path, Object body) {
        boolean repeatable = body == null;
        HttpRequest request = request(token, method, path, body);
        String what = method + " " + path;
        int attempts = Math.max(1, config.retry().attempts());
        for (int attempt = 1; ; attempt++) {
            String problem;
            Duration askedToWait = null;
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                boolean notDone = status == 429 || status == 503;
                if (!(notDone || status >= 500 && repeatable)) {
                    return result(what, status, response.body());
                }
                problem = "HTTP " + status;
                askedToWait = response.headers().firstValue("Retry-After").map(this::retryAfter).orElse(null);
            } catch (ConnectException | HttpConnectTimeoutException e) {
                problem = "no connection (" + describe(e) + ")";
            } catch (IOException e) {
                if (!repeatable) {
                    throw new DoorayFailure.Unavailable("Dooray did not answer " + what + " (" + describe(e)
                            + "); not repeated, as it may have been done: look in Dooray before trying again", null, true);
                }
                problem = describe(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DoorayFailure.Unavailable("interrupted while waiting for Dooray", null);
            }
            if (attempt >= attempts || askedToWait != null && askedToWait.compareTo(config.retry().maxRetryAfter()) > 0) {
                throw new DoorayFailure.Unavailable("Dooray is unavailable: " + problem + " for " + what + " ("
                        + attempt + (attempt == 1 ? " attempt)" : " attempts)"), askedToWait);
            }
            Duration wait = askedToWait != null ? askedToWait : backoff(attempt);
            Log.infof("Dooray %s: %s; attempt %d of %d in %d ms", what, problem, attempt + 1, attempts, wait.toMillis());
            sleep(wait);
        }
    }

    private HttpRequest request(String token, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(address(path)).timeout(config.requestTimeout())
                .header("Authorization", "dooray-api " + token)
                .header("Accept", "application/json");
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        try {
            return request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private URI address(String path) {
        URI base = config.baseUrl();
        try {
            policy.resolve(base.getHost());
        } catch (AddressPolicy.Refused e) {
            throw new DoorayFailure.BadGateway("switchboard.dooray.base-url may not be reached: " + e.getMessage());
        } catch (UnknownHostException e) {
            // the HTTP client reports it as a failed connection, tried again like any other
        }
        return URI.create(base.toString().replaceAll("/+$", "") + path);
    }

    /** The envelope's {@code result}, or the failure that the status and {@code resultMessage} say. */
    private JsonNode result(String what, int status, byte[] body) {
        Optional<JsonNode> envelope = envelope(body);
        String message = envelope.map(e -> e.path("header").path("resultMessage").asText(""))
                .filter(m -> !m.isBlank()).orElse("HTTP " + status);
        boolean successful = envelope.map(e -> e.path("header").path("isSuccessful").asBoolean(false)).orElse(false);
        if (status >= 200 && status < 300 && successful) {
            return envelope.get().path("result");
        }
        switch (status) {
            case 401 -> throw new DoorayFailure.TokenRejected(message);
            case 403 -> throw new DoorayFailure.ProjectForbidden(message);
            case 404 -> throw new DoorayFailure.NotFound(message);
            case 400, 409 -> throw new DoorayFailure.Refused(message);
            default -> {
                if (status >= 200 && status < 300 && envelope.isPresent()) {
                    throw new DoorayFailure.Refused(message);
                }
                throw new DoorayFailure.BadGateway("Dooray answered " + what + " with HTTP " + status
                        + (envelope.isEmpty() ? " and no Dooray envelope" : ": " + message));
            }
        }
    }

    private Optional<JsonNode> envelope(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.has("header") ? Optional.of(node) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private <T> T read(JsonNode result, Class<T> type) {
        return convert(result, json.getTypeFactory().constructType(type));
    }

    private <T> List<T> readList(JsonNode result, Class<T> type) {
        return convert(result, json.getTypeFactory().constructCollectionType(List.class, type));
    }

    private <T> T convert(JsonNode result, JavaType type) {
        if (result == null || result.isNull() || result.isMissingNode()) {
            throw new DoorayFailure.BadGateway("Dooray's answer has no result");
        }
        try {
            return json.treeToValue(result, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new DoorayFailure.BadGateway("Dooray's answer is not what its API describes: " + e.getMessage());
        }
    }

    /** Seconds or an HTTP date, never negative; null when unreadable (the backoff applies then). */
    Duration retryAfter(String value) {
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException notSeconds) {
            try {
                wait = Duration.between(clock.instant(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** Before attempt {@code attempt + 1}: the initial backoff doubled per earlier retry, at most the maximum. */
    private Duration backoff(int attempt) {
        Duration wait = config.retry().initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(config.retry().maxBackoff()) > 0 ? config.retry().maxBackoff() : wait;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DoorayFailure.Unavailable("interrupted while waiting to try Dooray again", null);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "no answer within the timeout";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String projectPath(String projectId) {
        return "/project/v1/projects/" + id(projectId);
    }

    private static String postPath(String projectId, String postId) {
        return projectPath(projectId) + "/posts/" + id(postId);
    }

    private static String id(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a Dooray id: " + id);
        }
        return id;
    }
}
