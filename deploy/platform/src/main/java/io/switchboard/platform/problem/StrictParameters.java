package io.switchboard.platform.problem;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Path, query, header and form parameters that cannot be converted ({@code limit=abc}, a ticket id that is no
 * UUID) are a 400 naming the parameter; JAX-RS would answer 404 for path and query parameters.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == UUID.class) {
            return converter(name, "must be a UUID", UUID::fromString);
        }
        if (rawType == int.class || rawType == Integer.class) {
            return converter(name, "must be an integer", Integer::valueOf);
        }
        if (rawType == long.class || rawType == Long.class) {
            return converter(name, "must be an integer", Long::valueOf);
        }
        if (rawType.isEnum()) {
            Object[] constants = rawType.getEnumConstants();
            return converter(name, "must be one of " + Arrays.toString(constants),
                    value -> Arrays.stream(constants).filter(c -> ((Enum<?>) c).name().equals(value)).findFirst()
                            .orElseThrow(IllegalArgumentException::new));
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, String expected, Function<String, Object> parse) {
        return new ParamConverter<>() {
            @Override
            @SuppressWarnings("unchecked")
            public T fromString(String value) {
                try {
                    return value == null ? null : (T) parse.apply(value);
                } catch (IllegalArgumentException e) {
                    throw new ProblemException.Invalid("The parameter '" + name + "' " + expected + ".",
                            List.of(new Problem.FieldError(name, expected)));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            } else if (annotation instanceof QueryParam query) {
                return query.value();
            } else if (annotation instanceof HeaderParam header) {
                return header.value();
            } else if (annotation instanceof FormParam form) {
                return form.value();
            }
        }
        return null;
    }
}
