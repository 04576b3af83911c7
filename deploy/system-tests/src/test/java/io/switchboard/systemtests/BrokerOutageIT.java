package io.switchboard.systemtests;

import static io.switchboard.systemtests.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transactional outbox: with Kafka down tickets are still created, and routed once it is back. */
class BrokerOutageIT {

    static final Path LOG = Stack.ROOT.resolve("deploy/system-tests/target/broker-outage.log");

    @Test
    void ticketsCreatedWhileKafkaIsDownAreRoutedWhenItIsBack() {
        String bob = Stack.userToken("bob");
        assertEquals(0, Stack.run(LOG, Duration.ofMinutes(1), "./switchboard", "stop", "kafka"), Stack.tail(LOG));
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                ids.add(as(bob).contentType(ContentType.JSON).body(Stack.newTicket("During the outage " + i))
                        .when().post("/api/v1/services/CS/tickets")
                        .then().statusCode(201).extract().path("id"));
            }
            for (String id : ids) {
                assertEquals("UNASSIGNED", as(bob).get("/api/v1/tickets/" + id).then().extract().path("status"));
            }
        } finally {
            assertEquals(0, Stack.run(LOG, Duration.ofMinutes(3), "./switchboard", "start", "kafka"), Stack.tail(LOG));
        }
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> as(bob).get("/api/v1/tickets/" + id).then().extract().path("status"),
                            "IN_PROGRESS"::equals);
        }
    }
}
