package org.nutgraf.lab.eval;

import picocli.CommandLine.Option;

/** The scorer's one switch, mixed into eval and rouge-score so both take rouge.py's flag the same way. */
final class RougeOptions {

    @Option(names = "--no-stem", description = "no Porter stemming (rouge.py --no-stem)")
    private boolean noStem;

    /** The scorer these options ask for. */
    Rouge rouge() {
        return new Rouge(!noStem);
    }
}
