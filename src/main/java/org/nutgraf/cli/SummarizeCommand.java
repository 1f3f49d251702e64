package org.nutgraf.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import org.nutgraf.app.ArticleInput;
import org.nutgraf.app.BatchItem;
import org.nutgraf.app.Problem;
import org.nutgraf.app.ProblemException;
import org.nutgraf.app.SummaryOptions;
import org.nutgraf.app.SummaryResponse;
import org.nutgraf.app.SummaryService;
import org.nutgraf.nlp.Pipelines;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code summarize}: the service's summaries without a server. One file prints the same JSON as the API; a folder
 * prints one NDJSON line per {@code .txt}, {@code .html} or {@code .htm} file; {@code -} reads NDJSON articles
 * from stdin (as the batch endpoint) and writes NDJSON. Folders and stdin show a progress bar on stderr.
 */
@Dependent
public class SummarizeCommand {

    static final String USAGE = """
            usage: java -jar quarkus-run.jar summarize [options] FILE|FOLDER|-
              FILE     an article (.txt as plain text, .html/.htm as a page): prints the API's JSON answer
              FOLDER   every .txt/.html/.htm file in it: prints one NDJSON line per file
              -        NDJSON articles on stdin ({"id", "text", "title", "options"}): NDJSON on stdout
            options: --algorithm A  --sentences N  --ratio R  --max-words N  --max-chars N  --order document|score
                     --preset push-alert|social|newsletter|brief  --title T  --no-clean
                     --max-claims N  --no-claims
            """;

    private final SummaryService service;
    private final ObjectMapper mapper;
    private final PrintStream out;
    private final PrintStream err;

    private final Pipelines pipelines;

    public SummarizeCommand(SummaryService service, ObjectMapper mapper, Pipelines pipelines) {
        this.service = service;
        this.pipelines = pipelines;
        this.mapper = mapper;
        this.out = System.out;
        this.err = System.err;
    }

    /** Runs the command; returns the process status (0 ok, 1 an article failed, 2 usage). */
    public int run(String... args) {
        Map<String, String> flags = new LinkedHashMap<>();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--no-clean")) {
                flags.put("clean", "false");
            } else if (a.equals("--no-claims")) {
                flags.put("no-claims", "true");
            } else if (a.startsWith("--") && i + 1 < args.length) {
                flags.put(a.substring(2), args[++i]);
            } else if (a.startsWith("--")) {
                err.println("missing value for " + a + "\n" + USAGE);
                return 2;
            } else {
                targets.add(a);
            }
        }
        if (targets.size() != 1) {
            err.print(USAGE);
            return 2;
        }
        SummaryOptions options;
        try {
            options = new SummaryOptions(flags.get("algorithm"), integer(flags.get("sentences")),
                    flags.containsKey("ratio") ? Double.valueOf(flags.get("ratio")) : null,
                    integer(flags.get("max-words")), integer(flags.get("max-chars")), flags.get("order"),
                    flags.get("preset"), flags.containsKey("clean") ? Boolean.FALSE : null, null,
                    flags.containsKey("no-claims") ? Boolean.FALSE : null, integer(flags.get("max-claims")), null);
        } catch (NumberFormatException e) {
            err.println("a number option is not a number\n" + USAGE);
            return 2;
        }
        String title = flags.get("title");
        pipelines.awaitReady();
        try {
            String target = targets.get(0);
            if (target.equals("-")) {
                return stdin(options);
            }
            Path path = Path.of(target);
            if (Files.isDirectory(path)) {
                return folder(path, options, title);
            }
            if (!Files.isRegularFile(path)) {
                err.println("no such file or folder: " + target);
                return 2;
            }
            SummaryResponse answer = summarize(path, options, title);
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
            return 0;
        } catch (ProblemException e) {
            err.println(e.toProblem().title() + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("could not read: " + e.getMessage());
            return 1;
        }
    }

    private SummaryResponse summarize(Path file, SummaryOptions options, String title) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        ArticleInput input = name.endsWith(".html") || name.endsWith(".htm")
                ? new ArticleInput(null, null, Files.readAllBytes(file), null, title)
                : ArticleInput.text(Files.readString(file, StandardCharsets.UTF_8), title);
        service.check(input, options);
        return service.summarize(input, options);
    }

    private int folder(Path dir, SummaryOptions options, String title) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> p.toString().matches("(?i).*\\.(txt|html?)$")).sorted().toList();
        }
        Progress progress = new Progress(err, files.size());
        int failed = 0;
        for (Path f : files) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", f.getFileName().toString());
            failed += answer(line, () -> summarize(f, options, title));
            progress.step();
        }
        progress.done();
        return failed == 0 ? 0 : 1;
    }

    /** NDJSON articles in, as the batch endpoint reads them (unknown fields refused), NDJSON out. */
    private int stdin(SummaryOptions defaults) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Progress progress = new Progress(err, -1);
        int failed = 0;
        int index = 0;
        for (String raw; (raw = in.readLine()) != null; ) {
            if (raw.isBlank()) {
                continue;
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("index", index++);
            String json = raw;
            failed += answer(line, () -> {
                BatchItem item = mapper.readValue(json, BatchItem.class);
                if (item.id() != null) {
                    line.put("id", item.id());
                }
                ArticleInput input = ArticleInput.text(item.text(), item.title());
                SummaryOptions options = item.options() != null ? item.options() : defaults;
                service.check(input, options);
                return service.summarize(input, options);
            });
            progress.step();
        }
        progress.done();
        return failed == 0 ? 0 : 1;
    }

    /** Something that summarises one article and may fail. */
    private interface Work {
        SummaryResponse run() throws IOException;
    }

    /** Prints one NDJSON line: the result, or the problem; returns 1 when the article failed. */
    private int answer(Map<String, Object> line, Work work) throws IOException {
        int failed = 0;
        try {
            line.put("result", work.run());
        } catch (ProblemException e) {
            line.put("problem", e.toProblem());
            failed = 1;
        } catch (IOException | RuntimeException e) {
            line.put("problem", new Problem("https://nutgraf.org/problems/unreadable", "Unreadable", 400,
                    "The input could not be read as an article"));
            failed = 1;
        }
        out.println(mapper.writeValueAsString(line));
        return failed;
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
