package io.switchboard.escalation.dooray.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.switchboard.escalation.dooray.domain.DoorayConnection;
import io.switchboard.escalation.dooray.domain.DoorayEscalation;
import io.switchboard.escalation.dooray.domain.HookSecret;
import io.switchboard.escalation.dooray.persistence.DoorayConnectionRepository;
import io.switchboard.escalation.dooray.persistence.DoorayEscalationRepository;
import io.switchboard.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Dooray's project webhooks at {@code /api/v1/dooray/hooks/{secret}}. Dooray does not sign them: the secret in the
 * URL says which connection a call is for, found by its hash and compared in constant time. Hooks about tasks that
 * are no escalation's, or of events not used here, are taken and ignored; what is used applies once
 * ({@link DoorayTaskSync}), so Dooray's retries and reconciliation reading the same news do no harm.
 */
@ApplicationScoped
public class DoorayHooks {

    static final String WORKFLOW_CHANGED = "postWorkflowChanged";
    static final String COMMENT_CREATED = "postCommentCreated";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hook(String hookEventType, IdRef project, IdRef post, Workflow workflow, DoorayApi.Comment comment) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IdRef(String id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Workflow(@JsonProperty("class") String workflowClass) {
    }

    private final DoorayConnectionRepository connections;
    private final DoorayEscalationRepository escalations;
    private final DoorayTaskSync sync;
    private final ObjectMapper json;

    DoorayHooks(DoorayConnectionRepository connections, DoorayEscalationRepository escalations, DoorayTaskSync sync,
                ObjectMapper json) {
        this.connections = connections;
        this.escalations = escalations;
        this.sync = sync;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Transactional
    public void receive(String secret, byte[] body) {
        DoorayConnection connection = connection(secret);
        Hook hook;
        try {
            hook = json.readValue(body, Hook.class);
        } catch (IOException e) {
            throw new ProblemException.Invalid("body", "is not a Dooray webhook (JSON)");
        }
        if (hook.project() == null || hook.post() == null || hook.project().id() == null || hook.post().id() == null) {
            Log.debugf("A Dooray hook %s for service %s names no task; ignored", hook.hookEventType(),
                    connection.serviceCode());
            return;
        }
        Optional<DoorayEscalation> escalation = escalations.lockByTask(connection.serviceCode(), hook.project().id(),
                hook.post().id());
        if (escalation.isEmpty()) {
            Log.debugf("Dooray task %s of project %s is no escalation of service %s; hook ignored", hook.post().id(),
                    hook.project().id(), connection.serviceCode());
            return;
        }
        switch (String.valueOf(hook.hookEventType())) {
            case WORKFLOW_CHANGED -> {
                if (hook.workflow() != null && hook.workflow().workflowClass() != null) {
                    sync.workflow(escalation.get(), hook.workflow().workflowClass());
                }
            }
            case COMMENT_CREATED -> sync.comment(escalation.get(), hook.comment());
            default -> Log.debugf("Dooray hook %s is not used here; ignored", hook.hookEventType());
        }
    }

    /** 404 for a secret that is no connection's, whichever part of it is wrong. */
    private DoorayConnection connection(String secret) {
        String hash = new HookSecret(secret == null ? "" : secret).hash();
        return connections.byHookSecretHash(hash)
                .filter(c -> MessageDigest.isEqual(c.hookSecretHash().getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII)))
                .orElseThrow(() -> new ProblemException.NotFound("There is no Dooray hook here."));
    }
}
