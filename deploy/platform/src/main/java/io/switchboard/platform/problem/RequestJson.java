package io.switchboard.platform.problem;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.CharBuffer;

/**
 * How request bodies are read, stricter than {@link StrictJson} (which every JSON of a service follows, events
 * included, where new members must stay harmless): a member the endpoint does not know is refused, not ignored
 * ({@code "assignee": "carol"} on create); {@code null} inside a list is refused (a map value may be null only
 * where the DTO says so, e.g. to clear a field); numbers are numbers ({@code 1.5} is no count, {@code "5"} no
 * number, {@code 1} no priority); nothing may follow the JSON value; and every string and member name follows
 * {@link TextRule}. Only the server reads with it.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class RequestJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper requests;

    public RequestJson(ObjectMapper json) {
        ObjectMapper strict = json.copyWith(new TextCheckingFactory(json.getFactory()));
        strict.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        strict.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        strict.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        this.requests = strict;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return requests;
    }

    /** A string or member name that breaks {@link TextRule}; answered 400 naming it. */
    public static class RefusedTextException extends JsonProcessingException {
        private final String field;
        private final String reason;

        RefusedTextException(String field, String reason) {
            super(field + " " + reason);
            this.field = field;
            this.reason = reason;
        }

        public String field() {
            return field;
        }

        public String reason() {
            return reason;
        }
    }

    /** Hands out parsers that check each string and member name as it is read. */
    private static final class TextCheckingFactory extends JsonFactory {
        TextCheckingFactory(JsonFactory settings) {
            super(settings, null);
        }

        @Override
        public JsonFactory copy() {
            return new TextCheckingFactory(this);
        }

        @Override
        protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
            return new TextCheckingParser(super._createParser(in, context));
        }

        @Override
        protected JsonParser _createParser(Reader r, IOContext context) throws IOException {
            return new TextCheckingParser(super._createParser(r, context));
        }

        @Override
        protected JsonParser _createParser(char[] data, int offset, int len, IOContext context, boolean recyclable)
                throws IOException {
            return new TextCheckingParser(super._createParser(data, offset, len, context, recyclable));
        }

        @Override
        protected JsonParser _createParser(byte[] data, int offset, int len, IOContext context) throws IOException {
            return new TextCheckingParser(super._createParser(data, offset, len, context));
        }

        @Override
        protected JsonParser _createParser(DataInput input, IOContext context) throws IOException {
            return new TextCheckingParser(super._createParser(input, context));
        }
    }

    /** JsonParser's other next… methods all go through nextToken. */
    private static final class TextCheckingParser extends JsonParserDelegate {
        TextCheckingParser(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return checked(super.nextToken());
        }

        @Override
        public JsonToken nextValue() throws IOException {
            return checked(super.nextValue());
        }

        private JsonToken checked(JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                CharSequence text = CharBuffer.wrap(getTextCharacters(), getTextOffset(), getTextLength());
                int refused = TextRule.firstRefused(text);
                if (refused >= 0) {
                    throw new RefusedTextException(path(getParsingContext()),
                            (token == JsonToken.FIELD_NAME ? "(a member name) " : "") + TextRule.reason(text, refused));
                }
            }
            return token;
        }

        /** {@code customer.name}, {@code tags[2]}; {@code request} for the body itself. */
        private static String path(JsonStreamContext context) {
            StringBuilder path = new StringBuilder();
            for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
                path.insert(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
            }
            return path.isEmpty() ? "request" : path.charAt(0) == '.' ? path.substring(1) : path.toString();
        }
    }
}
