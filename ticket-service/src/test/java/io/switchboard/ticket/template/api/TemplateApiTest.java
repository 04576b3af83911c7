package io.switchboard.ticket.template.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.switchboard.platform.testing.AdjustableClock;
import io.switchboard.ticket.template.domain.Template;
import io.switchboard.ticket.ticket.api.Identities;
import io.switchboard.ticket.ticket.domain.MessageBody;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TemplateApiTest {

    private static final String CS = "/api/v1/services/CS/templates";

    @Inject
    AdjustableClock clock;

    @Inject
    EntityManager entityManager;

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aServiceAdminKeepsTheServicesTemplatesAndItsOperatorsReadThem() {
        String code = uniqueCode("refund");
        ValidatableResponse created = create(CS, "{\"title\": \" Refund guide \", \"searchCode\": \"" + code
                + "\", \"body\": \"Dear {{customer.name}}, your refund for {{ticket.number}} is on its way.\","
                + " \"processingTypeIds\": [\"e0000000-0000-4000-8000-000000000002\"]}")
                .statusCode(201).header("ETag", equalTo("\"0\"")).header("Location", containsString(CS + "/"))
                .body("title", equalTo("Refund guide")).body("searchCode", equalTo(code))
                .body("format", equalTo("TEXT")).body("shared", equalTo(false)).body("serviceCode", equalTo("CS"))
                .body("processingTypeIds", contains("e0000000-0000-4000-8000-000000000002"))
                .body("usageCount", equalTo(0)).body("manageable", equalTo(true))
                .body("createdBy", equalTo("alice")).body("updatedBy", equalTo("alice"));
        String id = created.extract().path("id");

        Identities.as("bob", "agent", () -> {
            given().when().get(CS + "/" + id).then().statusCode(200).body("title", equalTo("Refund guide"))
                    .body("manageable", equalTo(false));
            given().contentType(ContentType.JSON).body(templateJson("Mine", uniqueCode("x"), "x"))
                    .when().post(CS).then().statusCode(403).contentType("application/problem+json");
            given().contentType(ContentType.JSON).body(templateJson("Mine", code, "x"))
                    .when().put(CS + "/" + id).then().statusCode(403);
            given().when().delete(CS + "/" + id).then().statusCode(403);
            return null;
        });

        given().contentType(ContentType.JSON).header("If-Match", "0")
                .body(templateJson("Refund guide (new)", code, "Hello {{customer.name}}"))
                .when().put(CS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Refund guide (new)")).body("version", equalTo(1))
                .body("processingTypeIds", equalTo(List.of()));
        given().contentType(ContentType.JSON).header("If-Match", "0").body(templateJson("Stale", code, "x"))
                .when().put(CS + "/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("stale-version"));
        given().header("If-Match", "0").when().delete(CS + "/" + id).then().statusCode(409);
        given().header("If-Match", "1").when().delete(CS + "/" + id).then().statusCode(204);
        given().when().get(CS + "/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void changingATemplateKeepsTheUsesCountedWhileItWasBeingChanged() {
        String code = uniqueCode("count");
        UUID id = UUID.fromString(create(CS, templateJson("Counted", code, "Hello")).statusCode(201).extract().path("id"));
        // the change loads the template, then renders elsewhere count 5 uses, then the change commits
        QuarkusTransaction.requiringNew().run(() -> {
            Template loaded = entityManager.find(Template.class, id);
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "update template set usage_count = usage_count + 5 where id = :id").setParameter("id", id).executeUpdate());
            loaded.change(new Template.Content("Counted (new)", code, new MessageBody(loaded.body(), loaded.format()), Set.of()),
                    "alice", Instant.now());
        });
        given().when().get(CS + "/" + id).then().statusCode(200).body("title", equalTo("Counted (new)"))
                .body("usageCount", equalTo(5)).body("version", equalTo(1));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void sharedTemplatesAreTheOrgAdminsAndEveryServiceReadsThem() {
        String code = uniqueCode("greet");
        String id = create(CS, "{\"title\": \"Greeting\", \"searchCode\": \"" + code
                + "\", \"body\": \"Thank you for contacting {{service.name}}.\", \"shared\": true}")
                .statusCode(201).body("shared", equalTo(true)).body("serviceCode", equalTo(null))
                .extract().path("id");
        try {
            Identities.as("dave", "agent", () -> given().when().get("/api/v1/services/DEV/templates?q=" + code)
                    .then().statusCode(200).body("items.id", contains(id)).body("items[0].manageable", equalTo(false)));
            Identities.as("alice", "agent", () -> {
                given().when().get(CS + "/" + id).then().statusCode(200).body("manageable", equalTo(false));
                given().contentType(ContentType.JSON).body(templateJson("Mine", code, "x"))
                        .when().put(CS + "/" + id).then().statusCode(403).body("detail", containsString("org-admins"));
                given().when().delete(CS + "/" + id).then().statusCode(403);
                given().contentType(ContentType.JSON).body("{\"title\": \"S\", \"searchCode\": \"" + uniqueCode("s")
                        + "\", \"body\": \"x\", \"shared\": true}").when().post(CS).then().statusCode(403);
                // a service's template may not shadow the shared one
                given().contentType(ContentType.JSON).body(templateJson("Shadow", code.toUpperCase(), "x"))
                        .when().post(CS).then().statusCode(409).body("detail", containsString("shared template"));
                return null;
            });
            given().contentType(ContentType.JSON).body("{\"title\": \"S\", \"searchCode\": \"" + uniqueCode("s")
                            + "\", \"body\": \"x\", \"shared\": true,"
                            + " \"processingTypeIds\": [\"e0000000-0000-4000-8000-000000000002\"]}")
                    .when().post(CS).then().statusCode(400).body("errors.field", hasItem("processingTypeIds"));
            given().contentType(ContentType.JSON).body(templateJson("Greeting 2", code, "Hi"))
                    .when().put(CS + "/" + id).then().statusCode(200).body("shared", equalTo(true));
        } finally {
            given().when().delete(CS + "/" + id).then().statusCode(204);
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aSharedTemplateCannotTakeACodeAServiceUses() {
        String code = uniqueCode("taken");
        String id = create(CS, templateJson("Service's", code, "x")).statusCode(201).extract().path("id");
        try {
            Identities.as("root", "org-admin", () -> given().contentType(ContentType.JSON)
                    .body("{\"title\": \"S\", \"searchCode\": \"" + code + "\", \"body\": \"x\", \"shared\": true}")
                    .when().post("/api/v1/services/DEV/templates").then().statusCode(409));
            create("/api/v1/services/CS/templates", templateJson("Twin", code, "y")).statusCode(409)
                    .contentType("application/problem+json");
        } finally {
            given().when().delete(CS + "/" + id);
        }
    }

    @Test
    @TestSecurity(user = "dave", roles = "agent")
    void outsidersLearnNothingOfAServicesTemplates() {
        given().when().get(CS).then().statusCode(404);
        String id = Identities.as("alice", "agent", () -> create(CS, templateJson("CS only", uniqueCode("cs"), "x"))
                .statusCode(201).extract().<String>path("id"));
        try {
            given().when().get(CS + "/" + id).then().statusCode(404);
            given().when().get("/api/v1/services/DEV/templates/" + id).then().statusCode(404);
            given().when().get("/api/v1/services/DEV/templates?q=CS only").then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            given().contentType(ContentType.JSON).body("{}").when().post(CS + "/" + id + "/render")
                    .then().statusCode(404);
        } finally {
            Identities.as("alice", "agent", () -> given().when().delete(CS + "/" + id));
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void searchMatchesSearchCodeOrTitleIgnoringCaseWithSearchCodePrefixesFirst() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String inTitle = create(CS, templateJson("About Q" + tag + " delivery", "zz" + tag, "x"))
                .statusCode(201).extract().path("id");
        String prefixed = create(CS, templateJson("Delivery", "q" + tag + "later", "x"))
                .statusCode(201).extract().path("id");
        String inCode = create(CS, templateJson("Other", "a" + tag + "q", "x")).statusCode(201).extract().path("id");
        try {
            given().when().get(CS + "?q=Q" + tag.toUpperCase()).then().statusCode(200)
                    .body("items.id", contains(prefixed, inTitle)).body("total", equalTo(2));
            given().when().get(CS + "?q=" + tag + "&limit=1").then().statusCode(200)
                    .body("items.id", contains(inCode)).body("total", equalTo(3));
            given().when().get(CS + "?q=" + tag + "&limit=2&offset=1").then()
                    .body("items.id", contains(prefixed, inTitle));
            given().when().get(CS + "?q=100%25").then().statusCode(200).body("total", equalTo(0));
            given().when().get(CS + "?limit=500").then().statusCode(400).contentType("application/problem+json");
        } finally {
            for (String id : new String[] {inTitle, prefixed, inCode}) {
                given().when().delete(CS + "/" + id);
            }
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void unknownReplacementCodesAreOne400NamingEachOfThem() {
        create(CS, templateJson("Typos", uniqueCode("typo"),
                "{{customer.nmae}} {{ customer.name }} {{고객명}} {{customer.nmae}} {{today}}"))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("body"))
                .body("errors[0].message", containsString("{{customer.nmae}}, {{고객명}}"))
                .body("unknownCodes", contains("customer.nmae", "고객명"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void searchCodesAreUpToTwentyLettersOrDigitsOfAnyScript() {
        for (String bad : new String[] {"", "a".repeat(21), "re fund", "refund!", "환불-1"}) {
            create(CS, templateJson("Bad code", bad, "x")).statusCode(400)
                    .body("errors.field", contains("searchCode"));
        }
        String korean = "환불" + uniqueCode("").substring(0, 6);
        String japanese = "へんきんー" + uniqueCode("").substring(0, 6);
        String first = create(CS, templateJson("Korean", korean, "x")).statusCode(201)
                .body("searchCode", equalTo(korean)).extract().path("id");
        String second = create(CS, templateJson("Japanese", japanese, "x")).statusCode(201).extract().path("id");
        given().when().delete(CS + "/" + first);
        given().when().delete(CS + "/" + second);
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void malformedRequestsAreClear400s() {
        create(CS, "{\"title\": \"" + "t".repeat(101) + "\", \"searchCode\": \"ok\", \"body\": \"x\"}")
                .statusCode(400).body("errors.field", hasItem("title"));
        create(CS, "{\"searchCode\": \"ok\", \"body\": \"x\"}").statusCode(400).body("errors.field", hasItem("title"));
        create(CS, "{\"title\": \"t\", \"searchCode\": \"ok\", \"body\": \"x\", \"colour\": \"red\"}")
                .statusCode(400).contentType("application/problem+json");
        create(CS, "{\"title\": \"t\", \"searchCode\": \"ok\", \"body\": \"x\", \"format\": \"PDF\"}")
                .statusCode(400).contentType("application/problem+json");
        create(CS, "{\"title\": \"t\", \"searchCode\": \"ok\", \"body\": \"<script>alert(1)</script>\","
                + " \"format\": \"HTML\"}").statusCode(400).body("errors.field", contains("body"));
        create(CS, "{\"title\": \"t\", \"searchCode\": \"ok\", \"body\": \"x\", \"processingTypeIds\": [\""
                + UUID.randomUUID() + "\"]}").statusCode(400).body("errors.field", contains("processingTypeIds"));
        create(CS, "{\"title\": \"t\", \"searchCode\": \"ok\", \"body\": \"" + "x".repeat(100_001) + "\"}")
                .statusCode(400).body("errors.field", hasItem("body"));
        given().contentType(ContentType.JSON).header("If-Match", "yesterday").body(templateJson("t", "ok", "x"))
                .when().put(CS + "/" + UUID.randomUUID()).then().statusCode(400);
        // every invalid member in one 400, whichever part of the service checks it
        create(CS, "{\"title\": \"\", \"searchCode\": \"a b\", \"body\": \"<script>x</script>\", \"format\": \"HTML\", "
                + "\"processingTypeIds\": [\"" + UUID.randomUUID() + "\"]}").statusCode(400)
                .body("errors.field", contains("body", "processingTypeIds", "searchCode", "title"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void htmlBodiesAreSanitisedWhenSaved() {
        String id = create(CS, "{\"title\": \"t\", \"searchCode\": \"" + uniqueCode("html") + "\", \"format\": \"HTML\","
                + " \"body\": \"<p onclick=\\\"x()\\\">Hi {{customer.name}}</p><script>x()</script>\"}")
                .statusCode(201).body("body", equalTo("<p>Hi {{customer.name}}</p>"))
                .extract().path("id");
        given().when().delete(CS + "/" + id).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aTemplateRendersWithAKoreanOrJapaneseCustomerNameAsItIs() {
        // forward (never back: other tests' lists go by creation time) to just after 16:00 UTC, tomorrow in Seoul
        Instant now = clock.instant();
        Instant sixteen = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(16));
        clock.advance(Duration.between(now, sixteen.isAfter(now) ? sixteen : sixteen.plus(Duration.ofDays(1)))
                .plusMinutes(1));
        LocalDate seoulToday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        String id = Identities.as("alice", "agent", () -> create(CS, templateJson("Hello", uniqueCode("hello"),
                "{{customer.name}} 고객님, {{service.name}}입니다. {{ticket.number}} {{ticket.title}}"
                        + " / {{customer.email}} / {{operator.name}} / {{today}}"))
                .statusCode(201).extract().<String>path("id"));
        String korean = ticket("김민지", "환불 요청");
        String number = given().when().get("/api/v1/tickets/" + korean).then().extract().path("number");
        given().when().get("/api/v1/tickets/" + korean + "/templates/" + id + "/render").then().statusCode(200)
                .body("templateId", equalTo(id)).body("format", equalTo("TEXT"))
                .body("body", equalTo("김민지 고객님, Customer Support입니다. " + number + " 환불 요청"
                        + " / k@example.com / Bob Kim / " + seoulToday));
        String japanese = ticket("山田 花子", "返金について");
        given().when().get("/api/v1/tickets/" + japanese + "/templates/" + id + "/render").then().statusCode(200)
                .body("body", containsString("山田 花子 고객님"));
        String nameless = ticket(null, "no name");
        given().when().get("/api/v1/tickets/" + nameless + "/templates/" + id + "/render").then().statusCode(200)
                .body("body", startsWith(" 고객님"));
        Identities.as("alice", "agent", () -> given().when().get(CS + "/" + id).then()
                .body("usageCount", equalTo(3)).body("version", equalTo(0)));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anHtmlTemplateEscapesTheValuesItIsFilledWith() {
        String id = Identities.as("alice", "agent", () -> create(CS, "{\"title\": \"t\", \"searchCode\": \""
                + uniqueCode("esc") + "\", \"format\": \"HTML\", \"body\": \"<p>Dear {{customer.name}}</p>\"}")
                .statusCode(201).extract().<String>path("id"));
        String ticket = ticket("<script>alert('x')</script>", "t");
        given().when().get("/api/v1/tickets/" + ticket + "/templates/" + id + "/render").then().statusCode(200)
                .body("format", equalTo("HTML"))
                .body("body", equalTo("<p>Dear &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aTemplateOfAnotherServiceIsNotFoundOnATicket() {
        String devTemplate = Identities.as("root", "org-admin", () -> create("/api/v1/services/DEV/templates",
                templateJson("DEV only", uniqueCode("dev"), "x")).statusCode(201).extract().<String>path("id"));
        String csTicket = ticket("Kim", "t");
        given().when().get("/api/v1/tickets/" + csTicket + "/templates/" + devTemplate + "/render")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/tickets/" + csTicket + "/templates/" + UUID.randomUUID() + "/render")
                .then().statusCode(404);
        Identities.as("dave", "agent", () -> given().when()
                .get("/api/v1/tickets/" + csTicket + "/templates/" + devTemplate + "/render").then().statusCode(404));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void theCreateFormRendersATemplateBeforeTheTicketExists() {
        String id = Identities.as("alice", "agent", () -> create(CS, templateJson("New", uniqueCode("new"),
                "[{{ticket.number}}] {{ticket.title}} for {{customer.name}} <{{customer.email}}>"))
                .statusCode(201).extract().<String>path("id"));
        given().contentType(ContentType.JSON)
                .body("{\"customer\": {\"name\": \"佐藤\", \"email\": \"sato@example.jp\"}, \"title\": \"ログイン\"}")
                .when().post(CS + "/" + id + "/render").then().statusCode(200)
                .body("body", equalTo("[] ログイン for 佐藤 <sato@example.jp>"));
        given().contentType(ContentType.JSON).body("{}").when().post(CS + "/" + id + "/render").then()
                .statusCode(200).body("body", equalTo("[]  for  <>"));
        given().contentType(ContentType.JSON).body("{\"customer\": {\"email\": \"not-an-address\"}}")
                .when().post(CS + "/" + id + "/render").then().statusCode(400)
                .body("errors.field", hasItem(containsString("email")));
        given().contentType(ContentType.JSON).body("{\"title\": \"t\", \"extra\": 1}")
                .when().post(CS + "/" + id + "/render").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "carol", roles = "agent")
    void theDemoServiceHasTemplatesInKoreanJapaneseAndEnglishAndASharedOne() {
        given().when().get(CS + "?q=refund").then().statusCode(200).body("items[0].searchCode", equalTo("refund"));
        given().when().get(CS + "?q=환불").then().body("items.title", hasItem("환불 안내"));
        given().when().get(CS + "?q=へんきん").then().body("items.title", hasItem("返金のご案内"));
        given().when().get("/api/v1/services/CS/templates?q=greeting").then().body("items[0].shared", equalTo(true));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void theReplacementCodesAreListedWithLabelsInEachLanguage() {
        given().when().get("/api/v1/templates/codes").then().statusCode(200)
                .body("code", hasItems("customer.name", "customer.email", "ticket.number", "ticket.title",
                        "operator.name", "service.name", "today"))
                .body("find { it.code == 'customer.name' }.placeholder", equalTo("{{customer.name}}"))
                .body("find { it.code == 'customer.name' }.labels.ko", equalTo("고객 이름"))
                .body("find { it.code == 'customer.name' }.labels.ja", equalTo("お客様のお名前"));
    }

    @Test
    void withoutATokenItIs401() {
        given().when().get(CS).then().statusCode(401);
        given().when().get("/api/v1/templates/codes").then().statusCode(401);
    }

    private static ValidatableResponse create(String path, String json) {
        return given().contentType(ContentType.JSON).body(json).when().post(path).then();
    }

    private static String templateJson(String title, String searchCode, String body) {
        return "{\"title\": \"" + title + "\", \"searchCode\": \"" + searchCode + "\", \"body\": \"" + body + "\"}";
    }

    private static String uniqueCode(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A CS ticket of a customer with that name (none when null), created by the test's identity. */
    private static String ticket(String customerName, String title) {
        String customer = customerName == null ? "{\"email\": \"k@example.com\"}"
                : "{\"email\": \"k@example.com\", \"name\": \"" + customerName.replace("\"", "\\\"") + "\"}";
        return given().contentType(ContentType.JSON)
                .body("{\"title\": \"" + title + "\", \"content\": \"x\", \"customer\": " + customer + "}")
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
    }
}
