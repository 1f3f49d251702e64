package org.nutgraf.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The API's description says what the service does today. What exists is read from the code (every JAX-RS resource
 * method: its verb, path and the media types it reads and answers), and must be an operation of the document
 * served at /q/openapi with those media types; each operation of the document must then be named in
 * {@code info.description} as "`VERB /path`" with every media type it reads and answers, and in its own summary and
 * description by the media types it reads; the description names no operation that does not exist, and every problem
 * status any operation answers; every operation is tagged, and every tag is declared with a description and used.
 * An endpoint added, a media type accepted or a status answered without saying so fails here.
 */
@QuarkusTest
class ApiDescriptionTest {

    private static final Pattern NAMED_OPERATION = Pattern.compile("`(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS) (/[^`]*)`");
    private static JsonNode document;
    private static String description;

    @BeforeEach
    void readTheServedDocument() {
        document = OpenApiContract.served().document();
        description = document.path("info").path("description").asText();
    }

    /** One resource method as the code declares it. */
    record Endpoint(String verb, String path, Set<String> reads, Set<String> answers, String method) {
    }

    /** Every JAX-RS resource method of the service, from its compiled classes. */
    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.nutgraf")) {
            if (!c.isAnnotatedWith(Path.class.getName())) {
                continue;
            }
            Class<?> type;
            try {
                // as this test's class loader sees it, so its annotations are the ones this test names
                type = Class.forName(c.getName(), false, ApiDescriptionTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            String base = type.getAnnotation(Path.class).value();
            for (Method m : type.getMethods()) {
                String verb = verb(m);
                if (verb == null) {
                    continue;
                }
                String path = m.isAnnotationPresent(Path.class) ? base + "/" + m.getAnnotation(Path.class).value() : base;
                Consumes reads = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class) : type.getAnnotation(Consumes.class);
                Produces answers = m.isAnnotationPresent(Produces.class) ? m.getAnnotation(Produces.class) : type.getAnnotation(Produces.class);
                endpoints.add(new Endpoint(verb, path.replaceAll("/+", "/"),
                        reads == null ? Set.of() : Set.of(reads.value()), answers == null ? Set.of() : Set.of(answers.value()),
                        type.getSimpleName() + "." + m.getName()));
            }
        }
        return endpoints;
    }

    private static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    private static JsonNode operation(String verb, String path) {
        return document.path("paths").path(path).path(verb.toLowerCase(Locale.ROOT));
    }

    /** Every operation of the document, as "VERB /path". */
    private static List<String> operations() {
        List<String> all = new ArrayList<>();
        document.path("paths").properties().forEach(p -> p.getValue().fieldNames()
                .forEachRemaining(verb -> all.add(verb.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        return all;
    }

    /** The media types of the 2xx answers of an operation. */
    private static Set<String> answered(JsonNode operation) {
        Set<String> types = new TreeSet<>();
        operation.path("responses").properties().forEach(r -> {
            if (r.getKey().startsWith("2")) {
                r.getValue().path("content").fieldNames().forEachRemaining(types::add);
            }
        });
        return types;
    }

    private static Set<String> read(JsonNode operation) {
        Set<String> types = new TreeSet<>();
        operation.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
        return types;
    }

    /** The part of info.description about one operation: from its "`VERB /path`" to the next blank line or item. */
    private static String item(String operation) {
        String named = "`" + operation + "`";
        int at = description.indexOf(named);
        if (at < 0) {
            return null;
        }
        int end = description.length();
        for (String next : new String[]{"\n- ", "\n\n"}) {
            int i = description.indexOf(next, at);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return description.substring(at, end);
    }

    @Test
    void theCodeHasEndpointsToCheck() {
        // a scan that found nothing would pass every test below
        assertEquals(Set.of("POST /api/v1/summaries", "POST /api/v1/claims", "POST /api/v1/summaries/batch"),
                new HashSet<>(endpoints().stream().map(e -> e.verb() + " " + e.path()).toList()));
    }

    @Test
    void everyResourceMethodIsAnOperationOfTheDocumentWithWhatItReadsAndAnswers() {
        List<String> missing = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            JsonNode op = operation(e.verb(), e.path());
            if (op.isMissingNode()) {
                missing.add(e.method() + ": no operation " + e.verb() + " " + e.path());
                continue;
            }
            e.reads().stream().filter(t -> !read(op).contains(t))
                    .forEach(t -> missing.add(e.method() + ": reads " + t + ", which the document does not say"));
            e.answers().stream().filter(t -> !answered(op).contains(t))
                    .forEach(t -> missing.add(e.method() + ": answers " + t + ", which the document does not say"));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theDescriptionNamesEveryOperationWithWhatItReadsAndAnswers() {
        List<String> unsaid = new ArrayList<>();
        for (String operation : operations()) {
            String item = item(operation);
            if (item == null) {
                unsaid.add(operation + " is not named in info.description as `" + operation + "`");
                continue;
            }
            String[] verbAndPath = operation.split(" ", 2);
            JsonNode op = operation(verbAndPath[0], verbAndPath[1]);
            Set<String> types = new TreeSet<>(read(op));
            types.addAll(answered(op));
            types.stream().filter(t -> !item.contains("`" + t + "`"))
                    .forEach(t -> unsaid.add(operation + ": info.description does not name `" + t + "`"));
        }
        assertEquals(List.of(), unsaid);
    }

    @Test
    void eachOperationSaysWhatItReadsInItsOwnWords() {
        List<String> unsaid = new ArrayList<>();
        for (String operation : operations()) {
            String[] verbAndPath = operation.split(" ", 2);
            JsonNode op = operation(verbAndPath[0], verbAndPath[1]);
            String words = op.path("description").asText();
            assertFalse(op.path("summary").asText().isBlank(), operation + " has no summary");
            read(op).stream().filter(t -> !words.contains(t))
                    .forEach(t -> unsaid.add(operation + ": its description does not name " + t));
        }
        assertEquals(List.of(), unsaid);
    }

    @Test
    void theDescriptionNamesNoOperationThatDoesNotExist() {
        List<String> stale = new ArrayList<>();
        Matcher m = NAMED_OPERATION.matcher(description);
        while (m.find()) {
            if (operation(m.group(1), m.group(2)).isMissingNode()) {
                stale.add(m.group());
            }
        }
        assertEquals(List.of(), stale);
    }

    @Test
    void theDescriptionNamesEveryStatusAnOperationAnswersOtherThanSuccess() {
        Set<String> statuses = new TreeSet<>();
        document.path("paths").forEach(p -> p.forEach(op -> op.path("responses").fieldNames().forEachRemaining(statuses::add)));
        List<String> unsaid = statuses.stream().filter(s -> !s.startsWith("2"))
                .filter(s -> !Pattern.compile("\\b" + s + "\\b").matcher(description).find()).toList();
        assertEquals(List.of(), unsaid);
    }

    @Test
    void everyOperationIsTaggedWithADeclaredDescribedTagAndEveryTagIsUsed() {
        Set<String> declared = new TreeSet<>();
        List<String> faults = new ArrayList<>();
        document.path("tags").forEach(t -> {
            declared.add(t.path("name").asText());
            if (t.path("description").asText().isBlank()) {
                faults.add("tag " + t.path("name").asText() + " has no description");
            }
        });
        Set<String> used = new TreeSet<>();
        for (String operation : operations()) {
            String[] verbAndPath = operation.split(" ", 2);
            JsonNode tags = operation(verbAndPath[0], verbAndPath[1]).path("tags");
            if (tags.isEmpty()) {
                faults.add(operation + " has no tag");
            }
            tags.forEach(t -> {
                used.add(t.asText());
                if (!declared.contains(t.asText())) {
                    faults.add(operation + " is tagged " + t.asText() + ", which is not declared");
                }
            });
        }
        declared.stream().filter(t -> !used.contains(t)).forEach(t -> faults.add("tag " + t + " tags no operation"));
        assertEquals(List.of(), faults);
    }
}
