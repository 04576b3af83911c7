package io.switchboard.dooray.wire;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Dooray's answer around every result: {@code header} says whether the call succeeded; lists also carry
 * {@code totalCount}. {@code result} is always there, {@code null} on failures and on calls that return nothing.
 */
public record Envelope(Header header, Object result, @JsonInclude(JsonInclude.Include.NON_NULL) Integer totalCount) {

    public record Header(boolean isSuccessful, int resultCode, String resultMessage) {
    }

    public static Envelope of(Object result) {
        return new Envelope(new Header(true, 0, "SUCCESS"), result, null);
    }

    public static Envelope ofList(List<?> result) {
        return new Envelope(new Header(true, 0, "SUCCESS"), result, result.size());
    }

    /** A failure: Dooray sends {@code "result": null}. */
    public static Envelope failure(int resultCode, String message) {
        return new Envelope(new Header(false, resultCode, message), null, null);
    }
}
