package io.switchboard.ticket.integration.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.switchboard.ticket.ticket.api.Identities;
import org.junit.jupiter.api.Test;

/** Org-admins grant and revoke services to integration clients; the grant decides what the client sees. */
@QuarkusTest
class IntegrationGrantApiTest {

    static final String TICKET = """
            {"title": "Order 77", "content": "Where is it?", "customer": {"email": "kim@example.com"}}""";

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void aGrantOpensAServiceToAClientAndRevokingClosesIt() {
        given().when().get("/api/v1/integrations/grants?clientId=shop-bot").then().statusCode(200).body("$", empty());
        asShopBot(() -> given().contentType(ContentType.JSON).body(TICKET)
                .when().post("/api/v1/services/CS/tickets").then().statusCode(404));

        given().when().put("/api/v1/integrations/shop-bot/services/CS").then().statusCode(201);
        given().when().put("/api/v1/integrations/shop-bot/services/CS").then().statusCode(204);
        given().when().get("/api/v1/integrations/grants?clientId=shop-bot").then().statusCode(200)
                .body("serviceCode", contains("CS")).body("[0].clientId", equalTo("shop-bot"));
        given().when().get("/api/v1/integrations/grants").then().body("clientId", hasItem("demo-integration"));
        asShopBot(() -> given().contentType(ContentType.JSON).body(TICKET)
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201));

        given().when().delete("/api/v1/integrations/shop-bot/services/CS").then().statusCode(204);
        given().when().delete("/api/v1/integrations/shop-bot/services/CS").then().statusCode(404)
                .contentType("application/problem+json");
        asShopBot(() -> given().contentType(ContentType.JSON).body(TICKET)
                .when().post("/api/v1/services/CS/tickets").then().statusCode(404));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void badClientIdsAndUnknownServicesAreRefused() {
        given().when().put("/api/v1/integrations/bad client!/services/CS").then().statusCode(400)
                .body("errors[0].field", equalTo("clientId"));
        given().when().put("/api/v1/integrations/" + "x".repeat(129) + "/services/CS").then().statusCode(400);
        given().when().put("/api/v1/integrations/shop-bot/services/NOPE").then().statusCode(404)
                .body("type", endsWith("/not-found"));
        given().when().get("/api/v1/integrations/grants?clientId=a%20b").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void serviceAdminsAndIntegrationsCannotManageGrants() {
        given().when().get("/api/v1/integrations/grants").then().statusCode(403);
        given().when().put("/api/v1/integrations/shop-bot/services/CS").then().statusCode(403);
        Identities.as("demo-integration", "integration", () -> given().when()
                .put("/api/v1/integrations/demo-integration/services/DEV").then().statusCode(403));
    }

    private static <T> T asShopBot(java.util.function.Supplier<T> action) {
        return Identities.as("service-account-shop-bot", "integration", action);
    }
}
