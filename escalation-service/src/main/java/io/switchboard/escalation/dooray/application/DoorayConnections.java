package io.switchboard.escalation.dooray.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.switchboard.escalation.application.ServiceAccess;
import io.switchboard.escalation.dooray.domain.ConnectionSettings;
import io.switchboard.escalation.dooray.domain.DoorayConnection;
import io.switchboard.escalation.dooray.domain.DoorayProjectSetting;
import io.switchboard.escalation.dooray.domain.HookSecret;
import io.switchboard.escalation.dooray.persistence.DoorayConnectionRepository;
import io.switchboard.escalation.persistence.ServiceCopyRepository;
import io.switchboard.platform.problem.Problem.FieldError;
import io.switchboard.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Each service's Dooray connection: its admins set, replace, delete it and rotate its hook secret; its members read
 * it (without the token, and without the hook secret unless they are admins); everyone else gets 404. Saving checks
 * the token and every project against Dooray, outside any database transaction (Dooray may take seconds).
 */
@ApplicationScoped
public class DoorayConnections {

    private static final Pattern DOORAY_ID = Pattern.compile("[0-9]{1,20}");
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]{1,500}");
    private static final int MAX_PROJECTS = 20;
    private static final int MAX_NAME = 100;

    private final DoorayConnectionRepository connections;
    private final ServiceCopyRepository services;
    private final ServiceAccess access;
    private final SecurityIdentity identity;
    private final TokenCipher cipher;
    private final DoorayClient dooray;
    private final Clock clock;

    DoorayConnections(DoorayConnectionRepository connections, ServiceCopyRepository services, ServiceAccess access,
                      SecurityIdentity identity, TokenCipher cipher, DoorayClient dooray, Clock clock) {
        this.connections = connections;
        this.services = services;
        this.access = access;
        this.identity = identity;
        this.cipher = cipher;
        this.dooray = dooray;
        this.clock = clock;
    }

    /** Whether {@link #save} created the connection or replaced it. */
    public record Saved(ConnectionDetails details, boolean created) {
    }

    public ConnectionDetails get(String serviceCode) {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean admin = requireMember(serviceCode);
            DoorayConnection connection = existing(serviceCode);
            return new ConnectionDetails(connection, admin ? Optional.of(cipher.openHookSecret(connection))
                    : Optional.empty(), admin);
        });
    }

    /** Creates or replaces the connection once Dooray has accepted the token and every project. */
    public Saved save(String serviceCode, ConnectionChange change) {
        record Checked(ConnectionSettings settings, String token, Optional<Long> version) {
        }
        Checked checked = QuarkusTransaction.requiringNew().call(() -> {
            requireAdmin(serviceCode);
            Optional<DoorayConnection> current = connections.find(serviceCode);
            ConnectionSettings settings = checkFields(serviceCode, change, current.isPresent());
            String token = change.token().orElseGet(() -> cipher.openToken(current.orElseThrow()));
            return new Checked(settings, token, current.map(DoorayConnection::version));
        });
        verifyWithDooray(checked.settings(), checked.token(), change.token().isEmpty());
        return QuarkusTransaction.requiringNew().call(() -> {
            requireAdmin(serviceCode);
            Optional<DoorayConnection> current = connections.find(serviceCode);
            if (!current.map(DoorayConnection::version).equals(checked.version())) {
                throw new ProblemException.Conflict("The Dooray connection of service " + serviceCode
                        + " was changed by someone else meanwhile; reload it and try again.");
            }
            String by = identity.getPrincipal().getName();
            if (current.isEmpty()) {
                HookSecret hookSecret = HookSecret.generate();
                DoorayConnection created = new DoorayConnection(serviceCode, checked.settings(),
                        cipher.seal(serviceCode, checked.token(), hookSecret), hookSecret.hash(), clock.instant(), by);
                connections.add(created);
                return new Saved(new ConnectionDetails(created, Optional.of(hookSecret), true), true);
            }
            DoorayConnection connection = current.get();
            HookSecret hookSecret = cipher.openHookSecret(connection);
            connection.replace(checked.settings(), cipher.seal(serviceCode, checked.token(), hookSecret),
                    change.token().isPresent(), clock.instant(), by);
            return new Saved(new ConnectionDetails(connection, Optional.of(hookSecret), true), false);
        });
    }

    public void delete(String serviceCode) {
        QuarkusTransaction.requiringNew().run(() -> {
            requireAdmin(serviceCode);
            connections.remove(existing(serviceCode));
        });
    }

    /** A new hook secret; the hook URL registered in Dooray so far stops working. */
    public ConnectionDetails rotateHookSecret(String serviceCode) {
        return QuarkusTransaction.requiringNew().call(() -> {
            requireAdmin(serviceCode);
            DoorayConnection connection = existing(serviceCode);
            HookSecret hookSecret = HookSecret.generate();
            connection.rotateHookSecret(cipher.seal(serviceCode, cipher.openToken(connection), hookSecret),
                    hookSecret.hash(), clock.instant(), identity.getPrincipal().getName());
            return new ConnectionDetails(connection, Optional.of(hookSecret), true);
        });
    }

    /** For members of the service: the token to call Dooray with about one of the connection's projects. */
    String tokenForProject(String serviceCode, String projectId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            requireMember(serviceCode);
            DoorayConnection connection = existing(serviceCode);
            if (connection.project(projectId).isEmpty()) {
                throw new ProblemException.NotFound("The Dooray connection of service " + serviceCode
                        + " has no project " + projectId + ".");
            }
            return cipher.openToken(connection);
        });
    }

    /** Returns whether the caller also administers the service; 404 for non-members, so codes do not leak. */
    private boolean requireMember(String serviceCode) {
        if (!access.mayReadTickets(serviceCode)) {
            throw new ProblemException.NotFound("No service " + serviceCode + " is known here.");
        }
        return access.mayAdminister(serviceCode);
    }

    private void requireAdmin(String serviceCode) {
        if (!requireMember(serviceCode)) {
            throw new ProblemException.Forbidden("Only admins of service " + serviceCode
                    + " may change its Dooray connection.");
        }
    }

    private DoorayConnection existing(String serviceCode) {
        return connections.find(serviceCode).orElseThrow(() -> new ProblemException.NotFound(
                "Service " + serviceCode + " has no Dooray connection."));
    }

    private ConnectionSettings checkFields(String serviceCode, ConnectionChange change, boolean exists) {
        List<FieldError> errors = new ArrayList<>();
        if (change.organizationId() == null || !DOORAY_ID.matcher(change.organizationId()).matches()) {
            errors.add(new FieldError("organizationId", "must be the Dooray organisation's id (decimal digits)"));
        }
        if (change.token().isEmpty() && !exists) {
            errors.add(new FieldError("token", "is required for a new connection"));
        }
        if (change.token().filter(t -> !TOKEN.matcher(t).matches()).isPresent()) {
            errors.add(new FieldError("token", "must be the API token as Dooray shows it (no spaces, at most 500 characters)"));
        }
        if (change.projects().isEmpty() || change.projects().size() > MAX_PROJECTS) {
            errors.add(new FieldError("projects", "must list 1 to " + MAX_PROJECTS + " Dooray projects"));
        }
        List<DoorayProjectSetting> projects = new ArrayList<>();
        Set<String> projectIds = new HashSet<>();
        for (int i = 0; i < change.projects().size(); i++) {
            ConnectionChange.Project project = change.projects().get(i);
            String field = "projects[" + i + "]";
            if (project.id() == null || !DOORAY_ID.matcher(project.id()).matches()) {
                errors.add(new FieldError(field + ".id", "must be a Dooray project id (decimal digits)"));
            } else if (!projectIds.add(project.id())) {
                errors.add(new FieldError(field + ".id", "project " + project.id() + " is listed twice"));
            }
            if (project.name() == null || project.name().isBlank() || project.name().length() > MAX_NAME) {
                errors.add(new FieldError(field + ".name", "must be 1 to " + MAX_NAME + " characters"));
            }
            if (project.registrantMemberId() != null && !DOORAY_ID.matcher(project.registrantMemberId()).matches()) {
                errors.add(new FieldError(field + ".registrantMemberId", "must be a Dooray organizationMemberId (decimal digits)"));
            }
            projects.add(new DoorayProjectSetting(String.valueOf(project.id()),
                    String.valueOf(project.name()).strip(), project.registrantMemberId()));
        }
        Map<String, String> operators = new LinkedHashMap<>();
        for (int i = 0; i < change.operators().size(); i++) {
            ConnectionChange.Operator operator = change.operators().get(i);
            String field = "operators[" + i + "]";
            boolean member = operator.username() != null && services.find(serviceCode)
                    .flatMap(service -> service.roleOf(operator.username())).isPresent();
            if (!member) {
                errors.add(new FieldError(field + ".username", "is not a member of service " + serviceCode));
            } else if (operators.containsKey(operator.username())) {
                errors.add(new FieldError(field + ".username", operator.username() + " is listed twice"));
            }
            if (operator.organizationMemberId() == null || !DOORAY_ID.matcher(operator.organizationMemberId()).matches()) {
                errors.add(new FieldError(field + ".organizationMemberId", "must be a Dooray organizationMemberId (decimal digits)"));
            }
            operators.put(String.valueOf(operator.username()), String.valueOf(operator.organizationMemberId()));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("The Dooray connection has invalid fields.", errors);
        }
        return new ConnectionSettings(change.organizationId(), projects, operators);
    }

    /**
     * Each project must exist, be open to the token's organisation, belong to the organisation given, and have its
     * registrant as a member. Dooray being away is a 503 (via {@link DoorayFailure.Unavailable}), not a field error.
     */
    private void verifyWithDooray(ConnectionSettings settings, String token, boolean storedToken) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < settings.projects().size(); i++) {
            DoorayProjectSetting project = settings.projects().get(i);
            String field = "projects[" + i + "]";
            try {
                DoorayApi.Project found = dooray.project(token, project.projectId());
                String organization = found.organization() == null ? null : found.organization().id();
                if (!settings.organizationId().equals(organization)) {
                    errors.add(new FieldError(field + ".id", "project " + project.projectId()
                            + " belongs to Dooray organisation " + organization + ", not " + settings.organizationId()));
                }
                Optional<String> registrant = project.registrantMemberId();
                if (registrant.isPresent() && dooray.members(token, project.projectId()).stream()
                        .noneMatch(m -> registrant.get().equals(m.organizationMemberId()))) {
                    errors.add(new FieldError(field + ".registrantMemberId", "member " + registrant.get()
                            + " is not a member of Dooray project " + project.projectId()));
                }
            } catch (DoorayFailure.TokenRejected e) {
                throw new ProblemException.Invalid("Dooray did not accept the connection.", List.of(new FieldError(
                        "token", storedToken ? "the stored Dooray token is not valid any more; enter a new one"
                                : "the Dooray token is not valid")));
            } catch (DoorayFailure.ProjectForbidden e) {
                errors.add(new FieldError(field + ".id", "the token's organisation cannot use project "
                        + project.projectId()));
            } catch (DoorayFailure.NotFound e) {
                errors.add(new FieldError(field + ".id", "no Dooray project " + project.projectId()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("Dooray did not accept the connection.", errors);
        }
    }
}
