package io.switchboard.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.switchboard.platform.failure.Failures;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become {@code application/problem+json} responses.
 * Server errors are logged with their cause and answered without internals.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** Seconds a client is asked to wait while the database (or broker) is away: about a restart. */
    static final int RETRY_AFTER_SECONDS = 5;
    /** Where RESTEasy Reactive reads multipart bodies. */
    private static final String MULTIPART_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";

    /** exception → (status, type slug, title); the first assignable row wins. */
    private static final List<Map.Entry<Class<? extends ProblemException>, Kind>> TABLE = List.of(
            Map.entry(ProblemException.NotFound.class, new Kind(404, "not-found", "Not Found")),
            Map.entry(ProblemException.Conflict.class, new Kind(409, "conflict", "Conflict")),
            Map.entry(ProblemException.Forbidden.class, new Kind(403, "forbidden", "Forbidden")),
            Map.entry(ProblemException.Invalid.class, new Kind(400, "validation", "Invalid request")),
            Map.entry(ProblemException.Unprocessable.class, new Kind(422, "unprocessable", "Unprocessable Content")),
            Map.entry(ProblemException.PayloadTooLarge.class, new Kind(413, "payload-too-large", "Payload Too Large")),
            Map.entry(ProblemException.UnsupportedMediaType.class,
                    new Kind(415, "unsupported-media-type", "Unsupported Media Type")));

    private record Kind(int status, String slug, String title) {
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Kind kind = TABLE.stream().filter(row -> row.getKey().isInstance(e)).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
        List<Problem.FieldError> errors = e.fieldErrors().isEmpty() ? null : e.fieldErrors();
        String slug = e.typeSlug() == null ? kind.slug() : e.typeSlug();
        Problem body = new Problem(Problem.TYPE_BASE + slug, kind.title(), kind.status(), e.getMessage(),
                instance(uri), errors, e.extensions());
        return Response.status(kind.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(400, "validation", "Invalid request", "The request has invalid fields.", uri, errors);
    }

    // Quarkus has built-in mappers for some Jackson subtypes; these more specific ones take precedence.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unparsableJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        // a value object refused its own fields while Jackson built it: its field errors say more than "wrong type"
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ProblemException refused) {
                return problem(refused, uri);
            }
        }
        Response refusedInput = refusedInput(e, uri);
        if (refusedInput != null) {
            return refusedInput;
        }
        String duplicate = duplicateField(e);
        if (duplicate != null) {
            return respond(400, "malformed-json", "Malformed JSON", "The request body names the field '" + duplicate
                    + "' more than once.", uri, List.of(new Problem.FieldError(duplicate, "is given more than once")));
        }
        if (isSyntaxError(e)) {
            return respond(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON.", uri, null);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return respond(400, "validation", "Invalid request", "The request has invalid fields.", uri,
                    List.of(new Problem.FieldError(jsonPath(unknown), "unknown field")));
        }
        if (e instanceof InvalidFormatException wrong) {
            String expected = wrong.getTargetType() == null ? "another type"
                    : wrong.getTargetType().isEnum() ? "one of " + List.of(wrong.getTargetType().getEnumConstants())
                    : wrong.getTargetType().getSimpleName();
            return respond(400, "validation", "Invalid request", "The request has invalid fields.", uri,
                    List.of(new Problem.FieldError(jsonPath(wrong), "must be " + expected)));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return respond(400, "validation", "Invalid request", "The request has invalid fields.", uri,
                    List.of(new Problem.FieldError(jsonPath(mapping), "has the wrong type")));
        }
        return respond(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON.", uri, null);
    }

    /**
     * What {@link RequestJson} refuses beyond well-formed JSON: a string or member name breaking {@link TextRule},
     * or null inside a list; null if {@code e} is neither.
     */
    private static Response refusedInput(JsonProcessingException e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestJson.RefusedTextException text) {
                return respond(400, "validation", "Invalid request", "The request has invalid fields.", uri,
                        List.of(new Problem.FieldError(text.field(), text.reason())));
            }
        }
        if (e instanceof InvalidNullException nullValue) {
            return respond(400, "validation", "Invalid request", "The request has invalid fields.", uri,
                    List.of(new Problem.FieldError(jsonPath(nullValue), "must not be null")));
        }
        return null;
    }

    /** A multipart body that is cut short or not multipart at all is the client's fault; other I/O failures are ours. */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        if (e.getStackTrace().length > 0 && e.getStackTrace()[0].getClassName().startsWith(MULTIPART_PARSER)) {
            return respond(400, "malformed-body", "Malformed body", "The request body is not valid multipart/form-data"
                    + " (it is cut short, or its parts do not follow the boundary of its Content-Type).", uri, null);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return staleVersion(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return staleVersion(uri);
    }

    /** A database constraint caught what a concurrent request slipped past the checks (e.g. a duplicate). */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        return constraint(e, uri);
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return constraint((Throwable) e, uri);
    }

    private Response constraint(Throwable e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation) {
                String state = violation.getSQLState() == null ? "" : violation.getSQLState();
                String detail = switch (state) {
                    case "23505" -> "It already exists (another request may have created it at the same moment).";
                    case "23503" -> "It refers to something that does not exist, or something still refers to it.";
                    default -> "It breaks a rule of the stored data.";
                };
                return respond(409, "conflict", "Conflict", detail, uri, null);
            }
        }
        return unexpected(e instanceof Exception ex ? ex : new RuntimeException(e), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(401, "unauthorized", "Unauthorized", "A valid bearer token is required.", uri, null);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(401, "unauthorized", "Unauthorized", "A valid bearer token is required.", uri, null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your roles do not allow this request.", uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        if (e.getCause() instanceof ProblemException refused) {
            return problem(refused, uri); // a parameter StrictParameters could not convert (JAX-RS wraps it)
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(status, "server-error", "Internal Server Error", "The server failed to handle the request.", uri, null);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String slug = title.toLowerCase().replace(' ', '-');
        return respond(status, slug, title, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (Failures.isTransient(e)) {
            return unavailable(e, uri);
        }
        LOG.error("Unhandled failure", e);
        return respond(500, "server-error", "Internal Server Error", "The server failed to handle the request.", uri, null);
    }

    /** The database is away or a concurrent transaction got in the way: not a bug, worth trying again. */
    private static Response unavailable(Exception e, UriInfo uri) {
        LOG.warnf("Answering 503, a passing failure (%s): %s", Failures.classify(e), e.getMessage());
        return Response.fromResponse(respond(503, "service-unavailable", "Service Unavailable",
                "The service cannot complete requests at the moment (its database is unreachable or busy); try again shortly.", uri, null))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /** The name Jackson's strict duplicate detection refused, if that is what failed. */
    private static String duplicateField(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException parse && parse.getOriginalMessage() != null
                    && parse.getOriginalMessage().startsWith("Duplicate field '")) {
                String message = parse.getOriginalMessage();
                return message.substring("Duplicate field '".length(), message.lastIndexOf('\''));
            }
        }
        return null;
    }

    private static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }

    private static Response staleVersion(UriInfo uri) {
        return respond(409, "stale-version", "Conflict",
                "The resource was changed by someone else; reload it and try again.", uri, null);
    }

    public static Response respond(int status, String slug, String title, String detail, UriInfo uri,
                                   List<Problem.FieldError> errors) {
        Problem body = new Problem(Problem.TYPE_BASE + slug, title, status, detail, instance(uri), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** Drops the method and parameter nodes of a violation path: {@code create.request.title} → {@code title}. */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        List<String> names = nodes.stream()
                .filter(n -> n.getKind() == jakarta.validation.ElementKind.PROPERTY
                        || n.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT)
                .map(Path.Node::getName)
                .toList();
        if (names.isEmpty()) {
            Path.Node last = nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
            return last == null ? "request" : last.getName();
        }
        return String.join(".", names);
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
