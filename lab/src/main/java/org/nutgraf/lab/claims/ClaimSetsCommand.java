package org.nutgraf.lab.claims;

import org.nutgraf.lab.Invocation;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** A claims subcommand that works on both labelled sets, read once here and skipped when they are absent. */
abstract class ClaimSetsCommand implements Callable<Integer> {

    @Mixin
    Invocation invocation;

    /** The sets, for commands that read more than the two claim sets (set before {@link #run}). */
    ClaimSets sets;

    @Override
    public final Integer call() throws Exception {
        sets = new ClaimSets(invocation.shared(), invocation.err());
        if (!invocation.present(sets.files())) {
            return 0;
        }
        return run(sets.checkThat(), sets.claimBuster());
    }

    /** The work, on CheckThat! 2019 and ClaimBuster as read; returns the exit code. */
    abstract int run(List<ClaimSets.Labelled> checkThat, List<ClaimSets.Labelled> claimBuster) throws Exception;
}
