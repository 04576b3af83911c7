package io.switchboard.notification.mail.domain;

import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A service's mail identity: who replies come from, and the representative address customers write to. */
@Entity
@Table(name = "mail_settings")
public class MailSettings {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,<>\"()\\[\\]\\\\;:]+@[^@\\s,<>\"()\\[\\]\\\\;:]+\\.[^@\\s,<>\"()\\[\\]\\\\;:]+");
    private static final int MAX_NAME = 200;
    private static final int MAX_ADDRESS = 320;

    @Id
    @Column(name = "service_code")
    private String serviceCode;

    @Column(name = "sender_name")
    private String senderName;

    @Column(name = "sender_address")
    private String senderAddress;

    @Column(name = "inbound_address")
    private String inboundAddress;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Counts admins' changes: 0 until first stored. */
    @Column(nullable = false)
    private long version;

    protected MailSettings() {
    }

    public MailSettings(String serviceCode, Instant now) {
        this.serviceCode = serviceCode;
        this.updatedAt = now;
    }

    /** Replaces the settings; 400 naming each bad field. Blank values clear a setting. */
    public void change(String newSenderName, String newSenderAddress, String newInboundAddress, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = blankToNull(newSenderName);
        if (name != null && (name.length() > MAX_NAME || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f))) {
            errors.add(new Problem.FieldError("senderName", "must be at most " + MAX_NAME
                    + " characters on one line"));
        }
        String sender = address("senderAddress", newSenderAddress, errors);
        String inbound = address("inboundAddress", newInboundAddress, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("The mail settings are not valid.", errors);
        }
        senderName = name;
        senderAddress = sender;
        inboundAddress = inbound;
        updatedAt = now;
        version++;
    }

    private static String address(String field, String value, List<Problem.FieldError> errors) {
        String address = blankToNull(value);
        if (address != null && (address.length() > MAX_ADDRESS || !ADDRESS.matcher(address).matches())) {
            errors.add(new Problem.FieldError(field, "must be an e-mail address such as cs@example.com"));
        }
        return address == null ? null : address.toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String senderName() {
        return senderName;
    }

    public String senderAddress() {
        return senderAddress;
    }

    public String inboundAddress() {
        return inboundAddress;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
