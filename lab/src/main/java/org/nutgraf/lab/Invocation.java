package org.nutgraf.lab;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One run of a lab subcommand, mixed into each ({@code @Mixin}): where it prints (so tests can read it), the shared
 * folder it reads, and how it skips or refuses. Its writers lock per call, so worker threads may print progress.
 */
@Command // picocli takes only annotated classes as mixins; this one adds no options
public final class Invocation {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The shared folder, as {@code lab/run --shared} names it. */
    public SharedFolder shared() {
        return ((Lab) command.root().userObject()).shared();
    }

    /** Where results go. */
    public PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** Where progress and warnings go. */
    public PrintWriter err() {
        return command.commandLine().getErr();
    }

    /**
     * Whether every path exists. The shared folder is not ours to ship, so when a path is absent the tool prints
     * {@code skipped: PATH is absent} (for the first such one) and returns 0, and a build without it still passes.
     */
    public boolean present(Path... paths) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                out().println("skipped: " + p + " is absent");
                return false;
            }
        }
        return true;
    }

    /** A usage error for the command: picocli prints the message and the usage, and the exit code is 2. */
    public ParameterException refuse(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
