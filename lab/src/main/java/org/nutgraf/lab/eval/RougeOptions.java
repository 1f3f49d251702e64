package org.nutgraf.lab.eval;

import picocli.CommandLine.Option;

/** The scorer's switches, mixed into algorithms-eval and peers-eval so both take rouge.py's flags the same way. */
final class RougeOptions {

    @Option(names = "--no-stem", description = "no Porter stemming (rouge.py --no-stem)")
    private boolean noStem;

    @Option(names = "--unicode", description = "Unicode word tokens, no stemming, for languages other than English "
            + "(rouge.py --unicode)")
    private boolean unicode;

    /** The scorer these options ask for. */
    Rouge rouge() {
        return unicode ? Rouge.unicode() : new Rouge(!noStem);
    }
}
