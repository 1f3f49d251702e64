package org.nutgraf;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import org.nutgraf.cli.SummarizeCommand;
import org.nutgraf.nlp.EarlyLoad;

/**
 * Starts Nutgraf: the HTTP service with no arguments, or the command line ({@code summarize ...}) without opening
 * a port, for newsroom backfills.
 */
@QuarkusMain
public class NutgrafMain {

    public static void main(String... args) {
        if (args.length > 0 && "summarize".equals(args[0])) {
            // a command needs no listener: never bind the port a running server may hold
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.log.console.level", System.getProperty("quarkus.log.console.level", "WARN"));
            Quarkus.run(Command.class, args);
        } else {
            // the models load while the framework boots: see EarlyLoad
            EarlyLoad.start();
            Quarkus.run(args);
        }
    }

    /** The command line: runs one command and exits with its status. */
    public static class Command implements QuarkusApplication {

        @Inject
        SummarizeCommand summarize;

        @Override
        public int run(String... args) {
            return summarize.run(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
    }
}
