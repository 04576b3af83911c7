package io.switchboard.platform.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** CloudEvent records as another service would publish them, for feeding in-memory channels. */
public final class TestEvents {

    private TestEvents() {
    }

    public static String cloudEvent(UUID id, String source, String type, String subject, String dataJson) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","time":"%s","subject":"%s",\
                "datacontenttype":"application/json","data":%s}""".formatted(id, source, type, Instant.now(), subject,
                dataJson);
    }

    /**
     * ticket-service's ServiceChanged for a service whose members are given as user name → ADMIN or OPERATOR,
     * checked against the contract.
     */
    public static String serviceChanged(String code, Map<String, String> members, List<String> forbiddenWords) {
        return serviceChanged(code, "INQUIRY", members, forbiddenWords);
    }

    /** A ServiceChanged of a service of the given type (INQUIRY, ISSUE). */
    public static String serviceChanged(String code, String type, Map<String, String> members,
                                        List<String> forbiddenWords) {
        String list = members.entrySet().stream().map(m -> """
                {"username":"%s","displayName":"%s","email":"%s@example.com","role":"%s","assignmentEnabled":true,\
                "mayForward":true}""".formatted(m.getKey(), m.getKey(), m.getKey(), m.getValue()))
                .collect(Collectors.joining(","));
        String data = """
                {"serviceCode":"%s","name":"Service %s","type":"%s","timeZone":"Asia/Seoul","languages":["ko","en"],
                 "businessHours":{"days":[{"day":"MONDAY","opens":"09:00","closes":"18:00"}],"holidays":[]},
                 "members":[%s],"forbiddenWords":[%s],"changedAt":"%s"}""".formatted(code, code, type, list,
                forbiddenWords.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(",")), Instant.now());
        String record = cloudEvent(UUID.randomUUID(), "/switchboard/ticket-service", "ServiceChanged", code, data);
        EventContract.assertValid(record);
        return record;
    }
}
