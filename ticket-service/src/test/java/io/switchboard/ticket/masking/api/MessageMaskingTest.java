package io.switchboard.ticket.masking.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.ticket.api.Identities.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.platform.secret.KeyRing;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.ticket.Db;
import io.switchboard.ticket.masking.application.MaskRewrap;
import io.switchboard.ticket.masking.domain.MessageMask;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Personal-info masking (docs/masking.md) as operators and admins of CS (masking on in the demo data) use it: the
 * stored row, search, events and the history never show the masked characters again; unmasking restores them.
 */
@QuarkusTest
@TestSecurity(user = "bob", roles = "agent")
class MessageMaskingTest {

    @Inject
    EntityManager entityManager;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    MaskRewrap rewrap;

    @Test
    void maskingAPhoneNumberHidesItInTheRowTheSealedColumnSearchAndLaterEvents() {
        String marker = marker();
        String phone = "010" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String id = keptTicket(marker);
        String messageId = reinquiry(id, "제 번호는 " + phone + " 입니다 " + marker);
        assertFound(phone, id);
        int start = "제 번호는 ".length();
        // the re-inquiry's own MessageAdded went out before the mask (docs/masking.md: copies made before stay)
        await().until(() -> Db.outboxRows(id) == 0);
        int publishedBefore = connector.sink("outbox").received().size();

        Response masked = mask(id, messageId, start, start + phone.length());
        masked.then().statusCode(201).body("start", equalTo(start)).body("maskedBy", equalTo("bob"))
                .header("Location", containsString("/messages/" + messageId + "/masks/"));
        String maskId = masked.path("id");

        String row = body(messageId);
        assertEquals("제 번호는 " + "*".repeat(phone.length()) + " 입니다 " + marker, row);
        String sealed = (String) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select sealed_original from message_mask where id = '" + maskId + "'").getSingleResult());
        assertFalse(sealed.contains(phone));
        assertFound(phone);
        assertFound(marker, id);
        message(id, messageId).body("body", equalTo(row)).body("masks[0].id", equalTo(maskId))
                .body("masks[0].end", equalTo(start + phone.length()));
        given().get("/api/v1/tickets/" + id + "/events").then().body("type", hasItem("MASKED"))
                .body(not(containsString(phone)));

        given().contentType(ContentType.JSON).body(Map.of("body", "확인했습니다 " + marker))
                .when().post("/api/v1/tickets/" + id + "/hold").then().statusCode(200);
        await().until(() -> Db.outboxRows(id) == 0);
        List<String> events = connector.sink("outbox").received().stream().skip(publishedBefore)
                .map(m -> (String) m.getPayload()).filter(p -> p.contains(id)).toList();
        assertTrue(events.stream().anyMatch(p -> p.contains("확인했습니다")), "the hold's MessageAdded was published");
        assertTrue(events.stream().noneMatch(p -> p.contains(phone)), "no event carries the masked number");
        JsonNode maskedEvent = events.stream().map(EventContract::assertValid)
                .filter(e -> e.path("type").asText().equals("MessageMasked")).findFirst().orElseThrow();
        assertEquals(row, maskedEvent.path("data").path("body").asText());
        assertEquals(start, maskedEvent.path("data").path("masks").path(0).path("start").asInt());
        assertTrue(Db.count("select count(*) from ticket_event where ticket_id = '" + id + "' and (summary like '%"
                + phone + "%' or cast(details as text) like '%" + phone + "%')") == 0);
    }

    @Test
    void anAdminUnmasksKoreanJapaneseAndEmojiTextExactlyCountingCodePoints() {
        String marker = marker();
        String id = keptTicket(marker);
        String text = "電話 😀😀 090-1234-5678 です。주소는 서울시 " + marker;
        String messageId = comment(id, text);
        int start = text.codePointCount(0, text.indexOf("😀"));
        int end = text.codePointCount(0, text.indexOf(" です"));
        String maskId = mask(id, messageId, start, end).then().statusCode(201).extract().path("id");
        assertEquals("電話 ** ************* です。주소는 서울시 " + marker, body(messageId));
        int korean = text.codePointCount(0, text.indexOf("서울시"));
        mask(id, messageId, korean, korean + 3).then().statusCode(201);
        assertEquals("電話 ** ************* です。주소는 *** " + marker, body(messageId));
        message(id, messageId).body("masks.start", equalTo(List.of(start, korean)));

        as("alice", "agent", () -> given().delete(maskPath(id, messageId) + "/" + maskId).then().statusCode(204));
        assertEquals("電話 😀😀 090-1234-5678 です。주소는 *** " + marker, body(messageId));
        assertFound("090 " + marker, id);
        as("alice", "agent", () -> given().get("/api/v1/tickets/" + id + "/events").then()
                .body("type", hasItems("MASKED", "UNMASKED")).body("actor", hasItem("alice")));
    }

    @Test
    void htmlBodiesAreMaskedInsideTheirTextNodesWithoutBreakingTags() {
        String id = keptTicket(marker());
        given().contentType(ContentType.JSON)
                .body(Map.of("body", "<p>Tel <b>010-9876</b>-5432 &amp; more</p>", "format", "HTML"))
                .when().post("/api/v1/tickets/" + id + "/comment").then().statusCode(200);
        String messageId = lastMessage(id);
        // the text content is "Tel 010-9876-5432 & more": the number spans the <b> and the text after it
        mask(id, messageId, 4, 17).then().statusCode(201);
        assertEquals("<p>Tel <b>********</b>***** &amp; more</p>", body(messageId));

        // paragraphs add nothing to the text (the console counts a selection the same way): "전화번호:" is 0–5,
        // "010-1234-5678" 5–18, "메일 kim@example.com" 18–36
        given().contentType(ContentType.JSON)
                .body(Map.of("body", "<p>전화번호:</p><p>010-1234-5678<br>메일 kim@example.com</p>", "format", "HTML"))
                .when().post("/api/v1/tickets/" + id + "/comment").then().statusCode(200);
        String paragraphs = lastMessage(id);
        mask(id, paragraphs, 21, 36).then().statusCode(201);
        mask(id, paragraphs, 4, 8).then().statusCode(201);
        assertEquals("<p>전화번호*</p><p>***-1234-5678<br>메일 ***************</p>", body(paragraphs));
    }

    @Test
    void aMaskTakesOutTheLinksAndTitlesHoldingItsCharactersAndUnmaskingPutsThemBack() {
        String id = keptTicket(marker());
        given().contentType(ContentType.JSON).body(Map.of("body", "<p>Call <a href=\"tel:01012345678\" title=\"010-1234-5678\">"
                        + "010-1234-5678</a> or <a href=\"mailto:kim@example.com\">mail</a></p>", "format", "HTML"))
                .when().post("/api/v1/tickets/" + id + "/comment").then().statusCode(200);
        String messageId = lastMessage(id);
        String original = body(messageId);
        // the text content is "Call 010-1234-5678 or mail": the number is 5–18; the mail address is in no text
        String maskId = mask(id, messageId, 5, 18).then().statusCode(201).extract().path("id");
        assertEquals("<p>Call <a>*************</a> or <a href=\"mailto:kim@example.com\">mail</a></p>", body(messageId));
        String sealed = (String) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select sealed_attributes from message_mask where id = '" + maskId + "'").getSingleResult());
        assertFalse(sealed.contains("1234") || sealed.contains("href"), sealed);

        as("alice", "agent", () -> given().delete(maskPath(id, messageId) + "/" + maskId).then().statusCode(204));
        assertEquals(original, body(messageId));
    }

    @Test
    void operatorsUnmaskOnlyWhereTheServiceAllowsIt() {
        String id = keptTicket(marker());
        String messageId = comment(id, "card 4111111111111111");
        String maskId = mask(id, messageId, 5, 21).then().statusCode(201).extract().path("id");
        given().get("/api/v1/tickets/" + id).then().body("allowedActions", hasItem("masks"))
                .body("allowedActions", not(hasItem("unmask")));
        given().delete(maskPath(id, messageId) + "/" + maskId).then().statusCode(403)
                .body("detail", containsString("Only an admin of CS can unmask"));
        setOperatorsMayUnmask(true);
        try {
            given().get("/api/v1/tickets/" + id).then().body("allowedActions", hasItem("unmask"));
            given().delete(maskPath(id, messageId) + "/" + maskId).then().statusCode(204);
            assertEquals("card 4111111111111111", body(messageId));
        } finally {
            setOperatorsMayUnmask(false);
        }
    }

    @Test
    void badRangesAreClear400sAndOverlapsConflicts() {
        String id = keptTicket(marker());
        String messageId = comment(id, "0123456789");
        mask(id, messageId, -1, 3).then().statusCode(400).body("errors[0].field", equalTo("start"));
        mask(id, messageId, 3, 11).then().statusCode(400).body("errors[0].field", equalTo("end"));
        mask(id, messageId, 5, 5).then().statusCode(400).body("errors[0].field", equalTo("end"));
        given().contentType(ContentType.JSON).body("{\"start\": 1}").post(maskPath(id, messageId)).then()
                .statusCode(400).body("errors[0].field", equalTo("end"));
        given().contentType(ContentType.JSON).body("{\"start\": 1, \"end\": 2, \"text\": \"x\"}")
                .post(maskPath(id, messageId)).then().statusCode(400);
        mask(id, messageId, 2, 6).then().statusCode(201);
        mask(id, messageId, 5, 8).then().statusCode(409).body("detail", containsString("masked already"));
        mask(id, messageId, 6, 8).then().statusCode(201);
        assertEquals("01******89", body(messageId));
        mask(id, UUID.randomUUID().toString(), 0, 1).then().statusCode(404);
    }

    @Test
    void theTicketsOwnContentIsMaskedInItsRowAndSearchWithoutChangingItsVersionAndAnAdminUnmasksIt() {
        String marker = marker();
        String phone = "010" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String content = "전화 주세요 " + phone + " 📞 " + marker;
        String id = keptTicket(marker, content);
        assertFound(phone, id);
        int version = given().get("/api/v1/tickets/" + id).then().extract().path("version");
        int start = content.codePointCount(0, content.indexOf(phone));
        int end = start + phone.length();

        Response masked = contentMask(id, start, end);
        masked.then().statusCode(201).body("messageId", equalTo(null)).body("start", equalTo(start))
                .header("Location", containsString("/api/v1/tickets/" + id + "/content/masks/"));
        String maskId = masked.path("id");
        String stars = "전화 주세요 " + "*".repeat(phone.length()) + " 📞 " + marker;
        given().get("/api/v1/tickets/" + id).then().body("content", equalTo(stars)).body("version", equalTo(version));
        assertEquals(stars, content(id));
        assertFound(phone);
        assertFound(marker, id);
        given().get(contentMaskPath(id)).then().statusCode(200).body("id", equalTo(List.of(maskId)))
                .body("[0].end", equalTo(end));
        given().get("/api/v1/tickets/" + id + "/messages").then().statusCode(200).body(not(containsString(maskId)));
        given().get("/api/v1/tickets/" + id + "/events").then().body("summary", hasItem(containsString("of the "
                + "ticket's content"))).body(not(containsString(phone)));
        // the ticket's version stayed: an operator's reply written before the mask is not stale
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("body", "확인했습니다")).post("/api/v1/tickets/" + id + "/comment").then().statusCode(200);

        contentMask(id, end - 2, end + 1).then().statusCode(409).body("detail", containsString("content are masked already"));
        contentMask(id, 0, content.codePointCount(0, content.length()) + 1).then().statusCode(400)
                .body("errors[0].field", equalTo("end"));
        given().delete(contentMaskPath(id) + "/" + maskId).then().statusCode(403);
        as("alice", "agent", () -> {
            given().delete(contentMaskPath(id) + "/" + UUID.randomUUID()).then().statusCode(404);
            return given().delete(contentMaskPath(id) + "/" + maskId).then().statusCode(204);
        });
        assertEquals(content, content(id));
        assertFound(phone, id);
        given().get(contentMaskPath(id)).then().body("size()", equalTo(0));
        given().get("/api/v1/tickets/" + id + "/events").then().body("type", hasItems("MASKED", "UNMASKED"));
    }

    @Test
    void afterAMaskALongHistoryIsSearchableAsFarAsBeforeAndNoMessageIsLeftOut() {
        String marker = marker();
        String id = keptTicket(marker, "전화번호 01012345678");
        // three comments of random Hangul: about 150 KB of search document each, more than one part may hold
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 3; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 10_000; c++) {
                text.appendCodePoint(0xAC00 + random.nextInt(11_172));
            }
            comment(id, text.toString());
        }
        String late = "late" + marker;
        comment(id, "the last word " + late);
        assertFound(late, id);

        contentMask(id, 5, 16).then().statusCode(201);
        assertFound("01012345678");
        assertFound(late, id);
        assertFound(marker, id);
    }

    @Test
    void aMessagesMaskIsNotLiftedThroughTheContentNorTheOtherWayRound() {
        String id = keptTicket(marker(), "call 0101234567");
        String messageId = comment(id, "or 0107654321");
        String messageMask = mask(id, messageId, 3, 13).then().statusCode(201).extract().path("id");
        String contentMask = contentMask(id, 5, 15).then().statusCode(201).extract().path("id");
        as("alice", "agent", () -> {
            given().delete(contentMaskPath(id) + "/" + messageMask).then().statusCode(404);
            return given().delete(maskPath(id, messageId) + "/" + contentMask).then().statusCode(404);
        });
        assertEquals("call **********", content(id));
        assertEquals("or **********", body(messageId));
    }

    @Test
    void masksNeedTheServiceToEnableMaskingAndOtherServicesTicketsAreNotFound() {
        String dev = as("dave", "agent", () -> {
            String ticket = given().contentType(ContentType.JSON)
                    .body(Map.of("title", "issue", "content", "x", "customer", Map.of("email", "d@example.com")))
                    .post("/api/v1/services/DEV/tickets").then().statusCode(201).extract().path("id");
            given().contentType(ContentType.JSON).body("{}").post("/api/v1/tickets/" + ticket + "/keep")
                    .then().statusCode(200);
            String message = comment(ticket, "phone 010-1111-2222");
            mask(ticket, message, 6, 19).then().statusCode(403).body("detail", containsString("masking is off in DEV"));
            given().get("/api/v1/tickets/" + ticket).then().body("allowedActions", not(hasItem("masks")));
            return ticket + "/" + message;
        });
        String[] parts = dev.split("/");
        mask(parts[0], parts[1], 6, 19).then().statusCode(404);
    }

    @Test
    void masksSealedUnderAnOlderKeyStillOpenAndAreSealedAgainUnderTheCurrentOne() {
        String id = keptTicket(marker());
        String messageId = comment(id, "secret 1234");
        String maskId = mask(id, messageId, 7, 11).then().statusCode(201).extract().path("id");
        // as if sealed before the rotation: under test-old, then the list put test-now first
        List<String> keys = new ArrayList<>(ConfigProvider.getConfig().getValues("switchboard.masking.keys", String.class));
        Collections.reverse(keys);
        KeyRing old = KeyRing.parse(keys, "switchboard.masking.keys");
        MessageMask where = new MessageMask(UUID.fromString(maskId), UUID.fromString(id), UUID.fromString(messageId),
                7, 11, "bob", Instant.now());
        KeyRing.Sealed sealed = old.seal(where.sealingContext(), "1234");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update message_mask set key_id = :key, sealed_original = :sealed where id = :id")
                .setParameter("key", sealed.keyId()).setParameter("sealed", sealed.ciphertext())
                .setParameter("id", UUID.fromString(maskId)).executeUpdate());
        assertEquals("test-old", sealed.keyId());

        assertTrue(rewrap.rewrapAll() >= 1);
        assertEquals(1, Db.count("select count(*) from message_mask where id = '" + maskId + "' and key_id = 'test-now'"));
        as("alice", "agent", () -> given().delete(maskPath(id, messageId) + "/" + maskId).then().statusCode(204));
        assertEquals("secret 1234", body(messageId));
    }

    @Test
    void aMaskUnderAnUnlistedKeyOrThatDoesNotOpenStopsNothingAndIsAClearConflictOnUnmask() {
        String id = keptTicket(marker());
        String messageId = comment(id, "secret 1234 and 5678");
        String gone = mask(id, messageId, 7, 11).then().statusCode(201).extract().path("id");
        String corrupt = mask(id, messageId, 16, 20).then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update message_mask set key_id = 'dropped' where id = :id")
                    .setParameter("id", UUID.fromString(gone)).executeUpdate();
            entityManager.createNativeQuery("update message_mask set key_id = 'test-old', sealed_original = 'bm9wZQ==' "
                    + "where id = :id").setParameter("id", UUID.fromString(corrupt)).executeUpdate();
        });

        rewrap.rewrapAll(); // what start-up runs: neither mask stops it
        assertEquals(1, Db.count("select count(*) from message_mask where id = '" + corrupt + "' and key_id = 'test-old'"));
        as("alice", "agent", () -> given().delete(maskPath(id, messageId) + "/" + gone).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("key dropped")));
        assertEquals("secret **** and ****", body(messageId));
    }

    private static void setOperatorsMayUnmask(boolean may) {
        as("alice", "org-admin", () -> {
            Map<String, Object> service = given().get("/api/v1/services/CS").then().statusCode(200).extract().path("");
            service.put("operatorsMayUnmask", may);
            service.remove("code");
            return given().contentType(ContentType.JSON).body(service).put("/api/v1/services/CS").then().statusCode(200)
                    .body("operatorsMayUnmask", equalTo(may)).body("maskingEnabled", equalTo(true));
        });
    }

    static String marker() {
        return "mk" + ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
    }

    private static String keptTicket(String marker) {
        return keptTicket(marker, "Please call me");
    }

    private static String keptTicket(String marker, String content) {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Masking " + marker, "content", content,
                        "customer", Map.of("email", "mask@example.com")))
                .post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/tickets/" + id + "/keep").then().statusCode(200);
        return id;
    }

    private static String reinquiry(String id, String text) {
        given().contentType(ContentType.JSON).body(Map.of("body", text)).post("/api/v1/tickets/" + id + "/re-inquiry")
                .then().statusCode(200);
        return lastMessage(id);
    }

    private static String comment(String id, String text) {
        given().contentType(ContentType.JSON).body(Map.of("body", text)).post("/api/v1/tickets/" + id + "/comment")
                .then().statusCode(200);
        return lastMessage(id);
    }

    private static String lastMessage(String id) {
        return given().get("/api/v1/tickets/" + id + "/messages").then().statusCode(200).extract().path("[-1].id");
    }

    private static io.restassured.response.ValidatableResponse message(String id, String messageId) {
        return given().get("/api/v1/tickets/" + id + "/messages").then().statusCode(200)
                .rootPath("find { it.id == '" + messageId + "' }");
    }

    private static String maskPath(String id, String messageId) {
        return "/api/v1/tickets/" + id + "/messages/" + messageId + "/masks";
    }

    private static Response mask(String id, String messageId, int start, int end) {
        return given().contentType(ContentType.JSON).body(Map.of("start", start, "end", end)).post(maskPath(id, messageId));
    }

    private static String contentMaskPath(String id) {
        return "/api/v1/tickets/" + id + "/content/masks";
    }

    private static Response contentMask(String id, int start, int end) {
        return given().contentType(ContentType.JSON).body(Map.of("start", start, "end", end)).post(contentMaskPath(id));
    }

    private String content(String ticketId) {
        return (String) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select content from ticket where id = '" + ticketId + "'").getSingleResult());
    }

    private String body(String messageId) {
        return (String) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select body from ticket_message where id = '" + messageId + "'").getSingleResult());
    }

    private static void assertFound(String q, String... ids) {
        given().queryParam("q", q).queryParam("limit", 200).get("/api/v1/tickets").then().statusCode(200)
                .body("items.id", equalTo(List.of(ids)));
    }
}
