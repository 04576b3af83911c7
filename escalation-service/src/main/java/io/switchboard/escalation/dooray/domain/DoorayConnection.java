package io.switchboard.escalation.dooray.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service's connection to its Dooray! organisation: the settings an admin made, and the API token and hook
 * secret, which it holds sealed only (it never sees them in the clear).
 */
@Entity
@Table(name = "dooray_connection")
public class DoorayConnection {

    @Id
    @Column(name = "service_code")
    private String serviceCode;

    @Column(name = "organization_id", nullable = false)
    private String organizationId;

    @Column(name = "key_id", nullable = false)
    private String keyId;

    @Column(name = "token_sealed", nullable = false)
    private String tokenSealed;

    @Column(name = "token_set_at", nullable = false)
    private Instant tokenSetAt;

    @Column(name = "hook_secret_sealed", nullable = false)
    private String hookSecretSealed;

    @Column(name = "hook_secret_hash", nullable = false)
    private String hookSecretHash;

    @Column(name = "hook_secret_set_at", nullable = false)
    private Instant hookSecretSetAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dooray_project", joinColumns = @JoinColumn(name = "service_code"))
    @OrderColumn(name = "position")
    private List<DoorayProjectSetting> projects = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dooray_operator_member", joinColumns = @JoinColumn(name = "service_code"))
    @MapKeyColumn(name = "username")
    @Column(name = "organization_member_id", nullable = false)
    private Map<String, String> operatorMembers = new HashMap<>();

    protected DoorayConnection() {
    }

    /** A new connection; {@code hookSecretHash} is the hash of the hook secret inside {@code secrets}. */
    public DoorayConnection(String serviceCode, ConnectionSettings settings, SealedSecrets secrets,
                            String hookSecretHash, Instant at, String by) {
        this.serviceCode = serviceCode;
        this.tokenSetAt = at;
        this.hookSecretSetAt = at;
        this.hookSecretHash = hookSecretHash;
        apply(settings, at, by);
        seal(secrets);
    }

    /**
     * Takes new settings, with the secrets sealed again (under the current key); {@code tokenChanged} when the
     * admin gave a new token rather than keeping the stored one.
     */
    public void replace(ConnectionSettings settings, SealedSecrets secrets, boolean tokenChanged, Instant at, String by) {
        apply(settings, at, by);
        seal(secrets);
        if (tokenChanged) {
            tokenSetAt = at;
        }
    }

    /** A new hook secret: the URL registered in Dooray so far stops working. */
    public void rotateHookSecret(SealedSecrets secrets, String newHookSecretHash, Instant at, String by) {
        seal(secrets);
        hookSecretHash = newHookSecretHash;
        hookSecretSetAt = at;
        updatedAt = at;
        updatedBy = by;
    }

    private void apply(ConnectionSettings settings, Instant at, String by) {
        organizationId = settings.organizationId();
        projects.clear();
        projects.addAll(settings.projects());
        operatorMembers.clear();
        operatorMembers.putAll(settings.operatorMembers());
        updatedAt = at;
        updatedBy = by;
    }

    private void seal(SealedSecrets secrets) {
        keyId = secrets.keyId();
        tokenSealed = secrets.token();
        hookSecretSealed = secrets.hookSecret();
    }

    public Optional<DoorayProjectSetting> project(String projectId) {
        return projects.stream().filter(p -> p.projectId().equals(projectId)).findFirst();
    }

    public SealedSecrets sealedSecrets() {
        return new SealedSecrets(keyId, tokenSealed, hookSecretSealed);
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String organizationId() {
        return organizationId;
    }

    public List<DoorayProjectSetting> projects() {
        return List.copyOf(projects);
    }

    public Map<String, String> operatorMembers() {
        return Map.copyOf(operatorMembers);
    }

    public String hookSecretHash() {
        return hookSecretHash;
    }

    public Instant tokenSetAt() {
        return tokenSetAt;
    }

    public Instant hookSecretSetAt() {
        return hookSecretSetAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
