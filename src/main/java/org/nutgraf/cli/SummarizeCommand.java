package org.nutgraf.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import org.nutgraf.app.ArticleInput;
import org.nutgraf.app.Problem;
import org.nutgraf.app.ArticleReading;
import org.nutgraf.app.BatchAnswers;
import org.nutgraf.app.BatchResult;
import org.nutgraf.app.Models;
import org.nutgraf.app.ProblemException;
import org.nutgraf.app.SummaryOptions;
import org.nutgraf.app.SummaryResponse;
import org.nutgraf.app.SummaryService;
import org.nutgraf.nlp.Pipelines;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code summarize}: the service's summaries without a server. One file prints the same JSON as the API; a folder
 * prints one NDJSON line per {@code .txt}, {@code .html} or {@code .htm} file; {@code -} reads NDJSON articles
 * from stdin (as the batch endpoint) and writes NDJSON. Folders and stdin show a progress bar on stderr. What it
 * accepts is declared in {@link SummarizeArguments}.
 */
@Dependent
public class SummarizeCommand {

    private final ArticleReading reading;
    private final SummaryService service;
    private final BatchAnswers batches;
    private final ObjectMapper mapper;
    private final Pipelines pipelines;
    private final Models models;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    public SummarizeCommand(ArticleReading reading, SummaryService service, BatchAnswers batches, ObjectMapper mapper,
                            Pipelines pipelines, Models models) {
        this.reading = reading;
        this.service = service;
        this.batches = batches;
        this.models = models;
        this.mapper = mapper;
        this.pipelines = pipelines;
    }

    /** Runs the command; returns the process status (0 ok, 1 an article failed, 2 usage, as picocli counts). */
    public int run(String... args) {
        SummarizeArguments arguments = new SummarizeArguments();
        return new CommandLine(arguments)
                .setParameterExceptionHandler(SummarizeCommand::refuse)
                .setExecutionStrategy(parsed -> {
                    Integer help = CommandLine.executeHelpRequest(parsed);
                    return help != null ? help : summarize(arguments, parsed.commandSpec().commandLine());
                })
                .execute(args);
    }

    /** Bad input: picocli's message, its suggestions for a misspelt flag, the synopsis and where the help is; status 2. */
    private static int refuse(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.print(commandLine.getHelp().fullSynopsis());
        err.println("Try --help for the options.");
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Summarises what the arguments name; bad options or a missing file are a ParameterException, refused as picocli's own. */
    private int summarize(SummarizeArguments arguments, CommandLine commandLine) {
        SummaryOptions options = arguments.options();
        try {
            reading.checkOptions(options);
        } catch (ProblemException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
        String target = arguments.target;
        Path path = target.equals("-") ? null : Path.of(target);
        if (path != null && !Files.isDirectory(path) && !Files.isRegularFile(path)) {
            throw new CommandLine.ParameterException(commandLine, "No such file or folder: " + target);
        }
        pipelines.awaitReady();
        models.await();
        try {
            if (path == null) {
                return stdin(options);
            }
            if (Files.isDirectory(path)) {
                return folder(path, options, arguments.title);
            }
            SummaryResponse answer = summarize(path, options, arguments.title);
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
        return service.summarize(reading.accept(input, options));
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

    /** NDJSON articles in, NDJSON result lines out: each line what the batch endpoint answers for it. */
    private int stdin(SummaryOptions defaults) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Progress progress = new Progress(err, -1);
        int failed = 0;
        int index = 0;
        for (String raw; (raw = in.readLine()) != null; ) {
            if (raw.isBlank()) {
                continue;
            }
            BatchAnswers.Item item;
            try {
                item = batches.accept(index, mapper.readTree(raw), defaults);
            } catch (JsonProcessingException e) {
                item = batches.notJson(index, ProblemException.firstLine(e.getOriginalMessage()));
            }
            BatchResult result = batches.answer(item);
            out.println(mapper.writeValueAsString(result));
            failed += result.status() == 200 ? 0 : 1;
            index++;
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
            line.put("problem", Problem.of("unreadable", "Unreadable", 400,
                    "The input could not be read as an article"));
            failed = 1;
        }
        out.println(mapper.writeValueAsString(line));
        return failed;
    }
}
