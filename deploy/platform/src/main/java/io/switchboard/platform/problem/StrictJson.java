package io.switchboard.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON as every service reads it: a key given twice is malformed (which value would win is a guess), and a
 * string holding the NUL character is refused — PostgreSQL cannot store it, and no user means it.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** A string value with U+0000 in it; answered 400 naming the field. */
    public static class NulCharacterException extends MismatchedInputException {
        NulCharacterException(JsonParser parser) {
            super(parser, "must not contain the NUL character (U+0000)");
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("switchboard-strict-json").addDeserializer(String.class, new NoNul()));
    }

    private static final class NoNul extends StdScalarDeserializer<String> {
        NoNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new NulCharacterException(parser);
            }
            return value;
        }
    }
}
