package io.switchboard.notification;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.TestEvents;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.stream.Collectors;

/** ServiceChanged records as ticket-service publishes them, checked against the contract. */
public final class ServiceEvents {

    private ServiceEvents() {
    }

    /** Sends the ServiceChanged and waits until this service's copy has taken it. */
    public static void publish(InMemoryConnector connector, EntityManager entityManager, String code,
                               Map<String, String> members) {
        publish(connector, entityManager, code, members, java.util.List.of());
    }

    /** The same, with the service's forbidden words. */
    public static void publish(InMemoryConnector connector, EntityManager entityManager, String code,
                               Map<String, String> members, java.util.List<String> forbiddenWords) {
        connector.source("people-events").send(serviceChanged(code, members, forbiddenWords));
        await().until(() -> QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            Map<String, String> copy = ((java.util.List<Object[]>) entityManager.createNativeQuery(
                            "select username, role from service_member where service_code = :code")
                    .setParameter("code", code).getResultList()).stream()
                    .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
            return copy.equals(members);
        }));
    }

    /** A service whose members are given as user name → ADMIN or OPERATOR. */
    public static String serviceChanged(String code, Map<String, String> members) {
        return serviceChanged(code, members, java.util.List.of());
    }

    public static String serviceChanged(String code, Map<String, String> members, java.util.List<String> forbiddenWords) {
        return TestEvents.serviceChanged(code, members, forbiddenWords);
    }
}
