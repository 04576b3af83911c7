package io.switchboard.loadtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** What every scenario shares: where the stack is, real Keycloak tokens, and the run's knobs (-Dbench.*). */
final class Bench {

    static final String GATEWAY = System.getProperty("bench.gateway", "http://127.0.0.1:8080");
    static final String TOKEN_URL = System.getProperty("bench.keycloak", "http://127.0.0.1:8180")
            + "/realms/switchboard/protocol/openid-connect/token";
    /** Tells this run's tickets apart (their titles carry it), e.g. for created → assigned. */
    static final String RUN = System.getProperty("bench.run", "run");
    static final Duration DURATION = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
    static final int CONNECTIONS = Integer.getInteger("bench.connections", 16);
    static final int RATE = Integer.getInteger("bench.rate", 200);
    static final String SERVICE = System.getProperty("bench.service", "CS");

    private static final String[] TITLES = {
            "결제가 두 번 되었습니다", "환불 요청드립니다", "로그인이 안 돼요", "配送状況を教えてください", "請求書の再発行",
            "解約したいです", "Refund not received", "Cannot reset my password", "Order arrived damaged"};
    private static final String[] CONTENTS = {
            "고객 문의: 어제 결제했는데 카드 명세서에 두 번 청구되었습니다. 확인 부탁드립니다.",
            "お世話になっております。先月分の請求が二重になっているようです。ご確認をお願いします。",
            "Hello, I was charged twice for order 4411 yesterday. Please refund one of the payments."};

    private Bench() {
    }

    /** A client-credentials token of the local realm's integration client (granted CS). */
    static String integrationToken() {
        return token("grant_type=client_credentials&client_id=demo-integration&client_secret=demo-integration-secret");
    }

    /** An operator's token (password grant of the switchboard-cli client, local stack only). */
    static String operatorToken(String username) {
        return token("grant_type=password&client_id=switchboard-cli&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo");
    }

    private static String token(String form) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
            }
            return new ObjectMapper().readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + TOKEN_URL + " is not reachable: is the stack up?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A realistic new ticket: one of many customers, a Korean, Japanese or English inquiry. */
    static String newTicket(long n) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int customer = random.nextInt(50_000);
        return """
                {"title":"%s %s #%d","content":"%s","customer":{"email":"customer%d@example.com","name":"Customer %d"}}"""
                .formatted(TITLES[random.nextInt(TITLES.length)], RUN, n, CONTENTS[random.nextInt(CONTENTS.length)],
                        customer, customer);
    }
}
