package org.nutgraf.lab;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of {@code lab/run} inside the test's JVM, as a user would type it, with what it printed.
 *
 * @param exitCode what the process would exit with
 * @param out      standard output
 * @param err      standard error
 */
public record LabRun(int exitCode, String out, String err) {

    /** Runs the arguments through the lab's command line. */
    public static LabRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine lab = Lab.commandLine();
        lab.setOut(new PrintWriter(out, true));
        lab.setErr(new PrintWriter(err, true));
        int exitCode = lab.execute(args);
        return new LabRun(exitCode, out.toString(), err.toString());
    }
}
