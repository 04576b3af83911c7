package io.switchboard.routing.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * What a matching trigger does: assign, notify by mail, forward, call back, post to a Dooray
 * messenger hook, and set attributes. Every part is optional.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Results(Assign assign, @JsonProperty("notify") List<Notify> notifications, Forward forward,
                     Callback callback, DoorayHook doorayHook, Priority setPriority, UUID setProcessingTypeId, List<String> addTags) {

    public enum Priority { LOW, NORMAL, HIGH, URGENT }

    public enum Recipient { ASSIGNEE, GROUP, CUSTOMER }

    /** @param operator the named operator (mode OPERATOR); @param maxOpenTickets cap of LEAST_LOADED, null for none */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assign(UUID groupId, AssignMode mode, String operator, Integer maxOpenTickets) {
    }

    /** @param groupId the group to mail (recipient GROUP) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Notify(Recipient recipient, UUID groupId, Map<String, MailText> messages) {
    }

    /** Subject and body in one language, with replacement codes. */
    public record MailText(String subject, String body) {
    }

    /** @param messages optional; without them the ticket's title and content are forwarded */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Forward(String to, boolean complete, Map<String, MailText> messages) {
    }

    public record Callback(String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DoorayHook(String url, String botName, String text) {
    }

    public static final Results NONE = new Results(null, List.of(), null, null, null, null, null, List.of());
    public static final int MAX_TAGS = 20;
    public static final int MAX_NOTIFY = 10;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public Results {
        notifications = notifications == null ? List.of() : List.copyOf(notifications);
        addTags = addTags == null ? List.of() : List.copyOf(addTags);
    }

    @JsonIgnore
    public boolean assigns() {
        return assign != null;
    }

    /** No part at all: such a trigger would match and change nothing. */
    @JsonIgnore
    public boolean doesNothing() {
        return assign == null && notifications.isEmpty() && forward == null && callback == null && doorayHook == null
                && setPriority == null && setProcessingTypeId == null && addTags.isEmpty();
    }

    /**
     * Adds an error for each invalid part.
     *
     * @param memberOf tells whether a user name is a member of a group of this service; a null name asks
     *                 whether the group exists in the service
     */
    public void check(Errors errors, String path, BiPredicate<UUID, String> memberOf) {
        if (assign != null) {
            checkAssign(errors, path + ".assign", memberOf);
        }
        if (notifications.size() > MAX_NOTIFY) {
            errors.add(path + ".notify", "at most " + MAX_NOTIFY + " notifications");
        }
        for (int i = 0; i < notifications.size(); i++) {
            Notify n = notifications.get(i);
            String at = path + ".notify[" + i + "]";
            if (n == null || n.recipient() == null) {
                errors.add(at + ".recipient", "must be ASSIGNEE, GROUP or CUSTOMER");
                continue;
            }
            if (n.recipient() == Recipient.GROUP && (n.groupId() == null || !memberOf.test(n.groupId(), null))) {
                errors.add(at + ".groupId", "recipient GROUP needs a group of this service");
            } else if (n.recipient() != Recipient.GROUP && n.groupId() != null) {
                errors.add(at + ".groupId", "only recipient GROUP takes a group");
            }
            checkMessages(errors, at + ".messages", n.messages(), true);
        }
        if (forward != null) {
            if (forward.to() == null || !EMAIL.matcher(forward.to()).matches() || forward.to().length() > 320) {
                errors.add(path + ".forward.to", "must be an e-mail address");
            }
            checkMessages(errors, path + ".forward.messages", forward.messages(), false);
        }
        if (callback != null) {
            checkUrl(errors, path + ".callback.url", callback.url(), false);
        }
        if (doorayHook != null) {
            checkUrl(errors, path + ".doorayHook.url", doorayHook.url(), true);
            if (doorayHook.botName() != null && (doorayHook.botName().isBlank() || doorayHook.botName().length() > 50)) {
                errors.add(path + ".doorayHook.botName", "1 to 50 characters");
            }
            checkText(errors, path + ".doorayHook.text", doorayHook.text(), 2_000);
        }
        if (addTags.size() > MAX_TAGS) {
            errors.add(path + ".addTags", "at most " + MAX_TAGS + " tags");
        }
        for (int i = 0; i < addTags.size(); i++) {
            String tag = addTags.get(i);
            if (tag == null || tag.isBlank() || tag.length() > 50) {
                errors.add(path + ".addTags[" + i + "]", "a tag has 1 to 50 characters");
            }
        }
    }

    private void checkAssign(Errors errors, String path, BiPredicate<UUID, String> memberOf) {
        if (assign.mode() == null) {
            errors.add(path + ".mode", "must be one of " + List.of(AssignMode.values()));
        }
        if (assign.groupId() == null || !memberOf.test(assign.groupId(), null)) {
            errors.add(path + ".groupId", "must be a group of this service");
            return;
        }
        if (assign.mode() == AssignMode.OPERATOR) {
            if (assign.operator() == null || !memberOf.test(assign.groupId(), assign.operator())) {
                errors.add(path + ".operator", "mode OPERATOR needs a member of the group");
            }
        } else if (assign.operator() != null) {
            errors.add(path + ".operator", "only mode OPERATOR names an operator");
        }
        if (assign.maxOpenTickets() != null && (assign.mode() != AssignMode.LEAST_LOADED
                || assign.maxOpenTickets() < 1 || assign.maxOpenTickets() > 10_000)) {
            errors.add(path + ".maxOpenTickets", "a cap of 1 to 10000, for mode LEAST_LOADED only");
        }
    }

    private static void checkMessages(Errors errors, String path, Map<String, MailText> messages, boolean required) {
        if (messages == null || messages.isEmpty()) {
            if (required) {
                errors.add(path, "needs a subject and body in at least one language");
            }
            return;
        }
        messages.forEach((language, text) -> {
            String at = path + "." + language;
            if (!LANGUAGE.matcher(language).matches()) {
                errors.add(at, "not a language code such as ko, ja or en");
            }
            if (text == null) {
                errors.add(at, "needs a subject and a body");
                return;
            }
            checkText(errors, at + ".subject", text.subject(), 300);
            checkText(errors, at + ".body", text.body(), 20_000);
        });
    }

    private static void checkText(Errors errors, String path, String text, int max) {
        if (text == null || text.isBlank() || text.length() > max) {
            errors.add(path, "1 to " + max + " characters");
        } else {
            Template.check(errors, path, text);
        }
    }

    private static void checkUrl(Errors errors, String path, String url, boolean httpsOnly) {
        try {
            URI uri = url == null || url.length() > 2_000 ? null : new URI(url);
            boolean ok = uri != null && uri.getHost() != null && ("https".equals(uri.getScheme())
                    || (!httpsOnly && "http".equals(uri.getScheme())));
            if (!ok) {
                errors.add(path, httpsOnly ? "must be an https URL" : "must be an http(s) URL");
            }
        } catch (java.net.URISyntaxException e) {
            errors.add(path, "not a URL");
        }
    }
}
