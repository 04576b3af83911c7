package io.switchboard.loadtests;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/** HTTP through the gateway with kept-alive connections shared by all virtual users, as a client pool would. */
final class Protocols {

    private Protocols() {
    }

    static HttpProtocolBuilder integration() {
        return as(Bench.integrationToken());
    }

    static HttpProtocolBuilder as(String token) {
        return http.baseUrl(Bench.GATEWAY).shareConnections()
                .acceptHeader("application/json").contentTypeHeader("application/json")
                .authorizationHeader("Bearer " + token);
    }
}
