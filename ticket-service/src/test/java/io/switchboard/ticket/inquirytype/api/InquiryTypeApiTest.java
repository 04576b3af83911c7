package io.switchboard.ticket.inquirytype.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InquiryTypeApiTest {

    @Inject
    EntityManager entityManager;

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void operatorsSeeTheWholeTreeWithActiveFlags() {
        given().when().get("/api/v1/services/CS/inquiry-types").then().statusCode(200)
                .body("names.en", contains("Billing", "Account", "Shipping"))
                .body("[0].names.ko", equalTo("결제"))
                .body("[0].names.ja", equalTo("お支払い"))
                .body("[0].active", equalTo(true))
                .body("[0].children.names.en", contains("Refund", "Double charge", "Points (discontinued)"))
                .body("[0].children.active", contains(true, true, false))
                .body("[1].children.names.en", contains("Login"))
                .body("[2].children", hasSize(0));
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void integrationsSeeOnlyActiveTypesAndNoFlag() {
        given().when().get("/api/v1/services/CS/inquiry-types").then().statusCode(200)
                .body("names.en", contains("Billing", "Account", "Shipping"))
                .body("[0].children.names.en", contains("Refund", "Double charge"))
                .body("[0]", not(hasKey("active")));
        given().when().get("/api/v1/services/DEV/inquiry-types").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "dave", roles = "agent")
    void membersReadTheirServicesTypesAndOthersAre404() {
        given().when().get("/api/v1/services/DEV/inquiry-types").then().statusCode(200)
                .body("names.en", contains("Bug", "Data correction"));
        // dave works in no inquiry service, so he escalates nowhere and reads no other service's intake
        given().when().get("/api/v1/services/CS/inquiry-types").then().statusCode(404);
        given().when().get("/api/v1/services/NOPE/inquiry-types").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void operatorsOfInquiryServicesReadTheIntakeOfIssueServicesToEscalate() {
        given().when().get("/api/v1/services/DEV/inquiry-types").then().statusCode(200)
                .body("names.ja", contains("不具合", "データ修正"))
                .body("[0].children.names.ko", contains("앱 오류"));
        given().when().get("/api/v1/services/DEV/inquiry-types/d0000000-0000-4000-8000-000000000012/fields").then()
                .statusCode(200).body("code", contains("app_version")).body("[0].required", equalTo(true));
        // nothing else of DEV
        given().when().get("/api/v1/services/DEV/fields").then().statusCode(404);
        given().when().get("/api/v1/services/DEV").then().statusCode(404);
    }

    @Test
    void withoutATokenItIs401() {
        given().when().get("/api/v1/services/CS/inquiry-types").then().statusCode(401);
    }

    @Test
    void theDatabaseRefusesASixthLevel() {
        UUID parent = null;
        for (int level = 1; level <= 5; level++) {
            parent = insert(parent);
        }
        UUID fifth = parent;
        assertEquals(5, ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select depth from inquiry_type where id = cast(:id as uuid)")
                .setParameter("id", fifth.toString())
                .getSingleResult())).intValue());
        assertThrows(RuntimeException.class, () -> insert(fifth));
    }

    /** In a service of its own, so the other tests' trees stay as the demo data has them. */
    private UUID insert(UUID parent) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    insert into workspace (code, name, type) values ('DEEP', 'Deep tree', 'INQUIRY')
                    on conflict do nothing""").executeUpdate();
            entityManager.createNativeQuery("""
                            insert into inquiry_type (id, service_code, parent_id, names, position, active, depth)
                            values (cast(:id as uuid), 'DEEP', cast(:parent as uuid), cast('{"en": "level"}' as jsonb),
                                    1, true, 1)""")
                    .setParameter("id", id.toString()).setParameter("parent", parent == null ? null : parent.toString())
                    .executeUpdate();
        });
        return id;
    }
}
