package org.nutgraf.lab;

import org.nutgraf.lab.bench.ExtractionBenchmark;
import org.nutgraf.lab.bench.NerCostBench;
import org.nutgraf.lab.bench.PipelineBench;
import org.nutgraf.lab.claims.ClaimsEvaluation;
import org.nutgraf.lab.claims.ClaimsExperiments;
import org.nutgraf.lab.claims.ClaimsOnArticle;
import org.nutgraf.lab.claims.SpeakersEvaluation;
import org.nutgraf.lab.claims.SpeakersTraining;
import org.nutgraf.lab.claims.VectorsTraining;
import org.nutgraf.lab.claims.ClaimsTraining;

import org.nutgraf.lab.claims.EncoderExperiment;
import org.nutgraf.lab.eval.EvalCommand;
import org.nutgraf.lab.eval.RougeScoreCommand;
import org.nutgraf.lab.extract.PastedLineTraining;
import org.nutgraf.lab.language.LanguageEvaluation;
import org.nutgraf.lab.summary.SummaryEncoderExperiment;
import org.nutgraf.lab.summary.SummaryQuality;
import org.nutgraf.lab.summary.SummaryTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The lab's one entry point ({@code lab/run SUBCOMMAND}): evaluation, training, experiments and benchmarks of
 * Nutgraf, each a subcommand named {@code <area>-<kind>}, the kind one of {@link #KINDS}. Every tool that reads the
 * shared folder skips cleanly without it, and reads a test part, or another part kept as a last check, only when a
 * flag asks ({@link PartsRead}).
 */
@Command(name = "lab/run", synopsisSubcommandLabel = "SUBCOMMAND", usageHelpWidth = 120,
        description = {"Nutgraf's lab: evaluation, training, experiments and benchmarks, apart from the service.",
                "lab/run SUBCOMMAND --help prints a subcommand's options."},
        subcommands = {SummaryTraining.class, SummaryQuality.class, SummaryEncoderExperiment.class, EvalCommand.class,
                RougeScoreCommand.class, PastedLineTraining.class, ExtractionBenchmark.class, VectorsTraining.class,
                ClaimsTraining.class, ClaimsEvaluation.class, ClaimsExperiments.class, EncoderExperiment.class,
                ClaimsOnArticle.class, SpeakersTraining.class, SpeakersEvaluation.class, LanguageEvaluation.class, NerCostBench.class,
                PipelineBench.class})
public final class Lab implements Callable<Integer> {

    /**
     * The kinds a subcommand's name ends with: {@code eval} measures (development parts unless a flag asks for a last
     * check), {@code train} writes a model file, {@code experiment} tries what does not ship, {@code bench} times.
     */
    public static final List<String> KINDS = List.of("eval", "train", "experiment", "bench");

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "print this help")
    private boolean help;

    @Option(names = "--shared", paramLabel = "DIR", scope = ScopeType.INHERIT,
            defaultValue = "${sys:shared.dir:-../shared}",
            description = "the shared folder of evaluation data (data/, samples/); default: the system property "
                    + "shared.dir, else ../shared (now ${DEFAULT-VALUE})")
    private Path shared;

    @Option(names = "--report", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "append a row to the Markdown table in FILE: date, commit, command line, exit code, the "
                    + "SHA-256 of each data set read and the file beside it that keeps what the run printed")
    private Path report;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The lab's command line: each run starts a fresh {@link PartsRead} log and, with {@code --report}, appends its
     * row ({@link RunReport}) when the subcommand returns.
     */
    public static CommandLine commandLine() {
        CommandLine lab = new CommandLine(new Lab());
        lab.setExecutionStrategy(Lab::execute);
        return lab;
    }

    private static int execute(ParseResult parsed) {
        PartsRead.clear();
        Lab lab = parsed.commandSpec().commandLine().getCommand();
        if (lab.report == null || parsed.isUsageHelpRequested() || parsed.subcommand() != null
                && parsed.subcommand().isUsageHelpRequested()) {
            return new RunLast().execute(parsed);
        }
        CommandLine root = parsed.commandSpec().commandLine();
        PrintWriter out = root.getOut();
        StringWriter printed = new StringWriter();
        root.setOut(new PrintWriter(new Tee(out, printed), true));
        int exitCode;
        try {
            exitCode = new RunLast().execute(parsed);
        } finally {
            root.setOut(out);
        }
        RunReport.append(lab.report, parsed.originalArgs(), exitCode, printed.toString(), lab.shared(),
                PartsRead.all());
        return exitCode;
    }

    /** The shared folder this run reads, as {@code --shared} names it. */
    public SharedFolder shared() {
        return new SharedFolder(shared);
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a subcommand");
    }

    /** A writer that writes to the run's standard output and keeps a copy for the report. */
    private static final class Tee extends Writer {

        private final PrintWriter out;
        private final StringWriter copy;

        Tee(PrintWriter out, StringWriter copy) {
            this.out = out;
            this.copy = copy;
        }

        @Override
        public synchronized void write(char[] chars, int offset, int length) {
            out.write(chars, offset, length);
            copy.write(chars, offset, length);
        }

        @Override
        public synchronized void flush() {
            out.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
