package org.nutgraf.lab.claims;

import org.nutgraf.claims.Attributions;
import picocli.CommandLine.Option;

/**
 * The thresholds the speaker lists are learnt with from PolNeAR train, as options shared by {@code speakers-train}
 * (which writes the lists) and {@code speakers-eval} (which measures them); the defaults are the shipped settings,
 * chosen with each publisher held out ({@code speakers-eval --sweep}, {@code --sweep-secondary},
 * {@code --sweep-reporting}).
 */
final class SpeakerThresholds {

    @Option(names = "--speaker-min-cues", defaultValue = "3",
            description = "the speaker rule's cue verbs (" + Attributions.SPEAKER_CUES + "), and the nouns: a cue in "
                    + "at least this many train attributions (default: ${DEFAULT-VALUE})")
    int minCues;

    @Option(names = "--speaker-min-rate", defaultValue = "0.3",
            description = "and at least this share of its verb uses in train are cues (default: ${DEFAULT-VALUE})")
    double minRate;

    @Option(names = "--secondary-rate", defaultValue = "0.15",
            description = "a verb with at least --speaker-min-cues cues whose rate is below --speaker-min-rate but at "
                    + "least this is a secondary cue, which counts when its subject is like a speaker (default: "
                    + "${DEFAULT-VALUE})")
    double secondaryRate;

    @Option(names = "--noun-rate", defaultValue = "0.05",
            description = "a common noun is a speaker noun when it heads at least --speaker-min-cues annotated "
                    + "sources and at least this share of its noun uses in train (default: ${DEFAULT-VALUE})")
    double nounRate;

    @Option(names = "--report-rate", defaultValue = "0.1",
            description = "a common noun is a reporting noun when it is in the cue of at least --speaker-min-cues "
                    + "annotated attributions with a source and at least this share of its noun uses (default: "
                    + "${DEFAULT-VALUE})")
    double reportRate;

    /** The thresholds as the list learner takes them. */
    SpeakerLists.Settings settings() {
        return new SpeakerLists.Settings(minCues, minRate, secondaryRate, nounRate, reportRate);
    }
}
