package org.nutgraf.lab;

import org.nutgraf.lab.bench.ExtractionBenchmark;
import org.nutgraf.lab.bench.NerCostBench;
import org.nutgraf.lab.bench.PipelineBench;
import org.nutgraf.lab.claims.ClaimsEvaluation;
import org.nutgraf.lab.claims.ClaimsExperiments;
import org.nutgraf.lab.claims.ClaimsOnArticle;
import org.nutgraf.lab.claims.VectorsTraining;
import org.nutgraf.lab.claims.SpeakersEvaluation;
import org.nutgraf.lab.claims.SpeakersTraining;
import org.nutgraf.lab.claims.ClaimsTraining;
import org.nutgraf.lab.claims.EncoderExperiment;
import org.nutgraf.lab.eval.EvalCommand;
import org.nutgraf.lab.eval.RougeScoreCommand;
import org.nutgraf.lab.language.LanguageEvaluation;
import org.nutgraf.lab.summary.SummaryEncoderExperiment;
import org.nutgraf.lab.summary.SummaryQuality;
import org.nutgraf.lab.summary.SummaryTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The lab's one entry point ({@code lab/run SUBCOMMAND}): evaluation, training, experiments and benchmarks of
 * Nutgraf, each a subcommand with its options. Every tool that reads the shared folder skips cleanly without it.
 */
@Command(name = "lab/run", synopsisSubcommandLabel = "SUBCOMMAND",
        description = {"Nutgraf's lab: evaluation, training, experiments and benchmarks, apart from the service.",
                "lab/run SUBCOMMAND --help prints a subcommand's options."},
        subcommands = {EvalCommand.class, RougeScoreCommand.class, SummaryTraining.class, SummaryQuality.class,
                SummaryEncoderExperiment.class, ExtractionBenchmark.class,
                org.nutgraf.lab.extract.PastedLineTraining.class, ClaimsTraining.class,
                ClaimsEvaluation.class, ClaimsExperiments.class, EncoderExperiment.class, VectorsTraining.class, ClaimsOnArticle.class, SpeakersTraining.class, SpeakersEvaluation.class,
                NerCostBench.class, PipelineBench.class, LanguageEvaluation.class})
public final class Lab implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "print this help")
    private boolean help;

    @Option(names = "--shared", paramLabel = "DIR", scope = ScopeType.INHERIT,
            defaultValue = "${sys:shared.dir:-../shared}",
            description = "the shared folder of evaluation data (data/, samples/); default: the system property "
                    + "shared.dir, else ../shared (now ${DEFAULT-VALUE})")
    private Path shared;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Lab()).execute(args));
    }

    /** The shared folder this run reads, as {@code --shared} names it. */
    public SharedFolder shared() {
        return new SharedFolder(shared);
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a subcommand");
    }
}
