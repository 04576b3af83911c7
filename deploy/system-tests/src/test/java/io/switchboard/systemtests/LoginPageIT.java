package io.switchboard.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Keycloak's login page of the console speaks the browser's language, in Switchboard's theme. */
class LoginPageIT {

    @Test
    void theLoginPageFollowsTheBrowsersLanguage() {
        loginPage().header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5")
                .when().get().then().statusCode(200)
                .body(allOf(containsString("Switchboard 상담 콘솔에 로그인"), containsString("비밀번호"),
                        containsString("lang=\"ko\""), containsString("switchboard.css")));
        loginPage().header("Accept-Language", "ja-JP,ja;q=0.9")
                .when().get().then().statusCode(200)
                .body(allOf(containsString("Switchboard コンソールにログイン"), containsString("パスワード"),
                        containsString("lang=\"ja\"")));
        loginPage().header("Accept-Language", "de-DE,de;q=0.9")
                .when().get().then().statusCode(200)
                .body(allOf(containsString("Sign in to the Switchboard console"), not(containsString("Anmelden"))));
    }

    @Test
    void theConsolesChoiceOfLanguageWinsOverTheBrowsers() {
        loginPage().queryParam("ui_locales", "ja").header("Accept-Language", "ko-KR")
                .when().get().then().statusCode(200)
                .body(containsString("Switchboard コンソールにログイン"));
    }

    private static RequestSpecification loginPage() {
        return given().baseUri("http://127.0.0.1:8180")
                .basePath("/realms/switchboard/protocol/openid-connect/auth")
                .queryParam("client_id", "switchboard-console")
                .queryParam("redirect_uri", "http://127.0.0.1:8080/")
                .queryParam("response_type", "code")
                .queryParam("scope", "openid")
                .queryParam("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
                .queryParam("code_challenge_method", "S256");
    }
}
