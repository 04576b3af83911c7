package io.switchboard.ticket;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import org.apache.http.entity.mime.HttpMultipartMode;

/** Uploads a file to a ticket as the test's current identity, with UTF-8 file names. */
public final class Uploads {

    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    private static final RestAssuredConfig UTF8_MULTIPART = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));

    private Uploads() {
    }

    public static Response upload(String ticketId, String fileName, byte[] content, String type) {
        return given().config(UTF8_MULTIPART).multiPart("file", fileName, content, type)
                .when().post("/api/v1/tickets/" + ticketId + "/attachments");
    }

    /** Uploads a small text file and returns its id. */
    public static String uploadText(String ticketId, String fileName) {
        return upload(ticketId, fileName, ("contents of " + fileName).getBytes(StandardCharsets.UTF_8), "text/plain")
                .then().statusCode(201).extract().path("id");
    }
}
