package org.nutgraf.lab;

import org.nutgraf.lab.summary.Track;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The parts of the shared data sets that the current run reads: each split rule (summary sets, claim sets, PolNeAR,
 * the extraction pages) records here every part it hands to a command, so a test can prove that no command reads a
 * last check without its flag, and {@code --report} knows which sets to hash. One log per JVM, cleared when a run
 * starts ({@link Lab#commandLine()}); thread-safe, as commands read on worker threads.
 */
public final class PartsRead {

    /** A part of a set, read whole: the set has no split, or the command took every part. */
    public static final String WHOLE = "whole";

    /** The sets held out whole, every part of which is a last check ({@link Track#unseen()}). */
    private static final Set<String> HELD_OUT_SETS = Arrays.stream(Track.values()).flatMap(t -> t.unseen().stream())
            .collect(Collectors.toUnmodifiableSet());

    /** Parts other than a {@code test} that are kept as a last check, as {@code set/part}. */
    private static final Set<String> LAST_CHECK_PARTS = Set.of("subjectivity/dev_test", "polnear/dev");

    private static final Set<Read> LOG = ConcurrentHashMap.newKeySet();

    /**
     * One part read.
     *
     * @param set  the set's folder name under {@code data/} (or {@code samples/NAME}, or a folder's absolute path)
     * @param part the part: the set's own split name ({@code train}, {@code dev}, {@code test}, {@code dev_test}, ...)
     *             in lower case, or {@link #WHOLE}
     */
    public record Read(String set, String part) {

        /**
         * Whether the part is kept as a last check, read only when a flag asks: a test part, the parts listed above
         * (subjectivity {@code dev_test}, PolNeAR {@code dev}), and any part of a set held out whole.
         */
        public boolean lastCheck() {
            return part.equals("test") || LAST_CHECK_PARTS.contains(set + "/" + part) || HELD_OUT_SETS.contains(set);
        }

        @Override
        public String toString() {
            return set + "/" + part;
        }
    }

    private PartsRead() {
    }

    /** Records that the run reads this part of the set; the part's name is lower-cased ({@code TEST} is {@code test}). */
    public static void record(String set, String part) {
        LOG.add(new Read(set, part.toLowerCase(Locale.ROOT)));
    }

    /** Records that the run reads this part of the set. */
    public static void record(String set, Enum<?> part) {
        record(set, part.name());
    }

    /**
     * Records that the run reads a file or folder named by path (a sample article, a folder given as an argument),
     * whole; no split of ours applies to it.
     */
    public static void recordPath(Path path) {
        record(path.toAbsolutePath().normalize().toString(), WHOLE);
    }

    /** Everything recorded since the run started, by set then part. */
    public static List<Read> all() {
        return LOG.stream().sorted(Comparator.comparing(Read::set).thenComparing(Read::part)).toList();
    }

    /** Forgets what was recorded: a new run starts. */
    static void clear() {
        LOG.clear();
    }
}
