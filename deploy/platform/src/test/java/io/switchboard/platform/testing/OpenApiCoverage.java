package io.switchboard.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Compares a service's JAX-RS resource methods (found by reflection) with its OpenAPI document, so an endpoint
 * added later cannot go undocumented — the OpenAPI document is what the system tests fuzz, and what clients read.
 */
public final class OpenApiCoverage {

    private OpenApiCoverage() {
    }

    /**
     * Fails listing every gap between the resource methods under {@code rootPackage} and the OpenAPI document of
     * the running {@code @QuarkusTest} application.
     */
    public static void assertComplete(String rootPackage) {
        String url = ConfigProvider.getConfig().getValue("test.url", String.class) + "/q/openapi?format=json";
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError(url + " answered " + answer.statusCode());
            }
            List<String> gaps = gaps(rootPackage, new ObjectMapper().readTree(answer.body()));
            if (!gaps.isEmpty()) {
                throw new AssertionError("The OpenAPI document lacks:\n" + String.join("\n", gaps));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Each resource method under {@code rootPackage} missing from {@code openApi} (the JSON of {@code /q/openapi}),
     * or documented without a summary, as {@code "GET /api/v1/tickets/{id}: not in the OpenAPI document"}.
     */
    private static List<String> gaps(String rootPackage, JsonNode openApi) {
        TreeSet<String> gaps = new TreeSet<>();
        int methods = 0;
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage)) {
            Class<?> type = resource.reflect();
            if (Modifier.isAbstract(type.getModifiers())) {
                continue; // its resource methods are checked under each concrete subclass's path
            }
            for (Method method : resourceMethodCandidates(type)) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                methods++;
                String path = join(type.getAnnotation(Path.class), method.getAnnotation(Path.class));
                JsonNode operation = openApi.path("paths").path(path).path(verb.toLowerCase(Locale.ROOT));
                if (operation.isMissingNode()) {
                    gaps.add(verb + " " + path + ": not in the OpenAPI document (" + type.getSimpleName() + "#"
                            + method.getName() + ")");
                } else if (operation.path("summary").asText("").isBlank()) {
                    gaps.add(verb + " " + path + ": no summary (add @Operation to " + type.getSimpleName() + "#"
                            + method.getName() + ")");
                }
            }
        }
        if (methods == 0) {
            throw new AssertionError("no JAX-RS resource methods under " + rootPackage);
        }
        return new ArrayList<>(gaps);
    }

    /** The methods of the class and of its superclasses, which a JAX-RS resource inherits with their annotations. */
    private static List<Method> resourceMethodCandidates(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            methods.addAll(List.of(c.getDeclaredMethods()));
        }
        return methods;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** Class and method paths as OpenAPI writes them: one slash between, none at the end, {id: regex} as {id}. */
    private static String join(Path type, Path method) {
        String path = "/" + (type == null ? "" : type.value()) + "/" + (method == null ? "" : method.value());
        path = path.replaceAll("/+", "/").replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
