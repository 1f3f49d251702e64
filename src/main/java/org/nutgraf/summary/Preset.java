package org.nutgraf.summary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Named summary lengths for the places newsrooms publish to. */
public enum Preset {
    /** A push notification: one sentence of at most 120 characters, where any sentence fits. */
    PUSH_ALERT(new SummaryBudget(1, null, null, 120)),
    /** A social post: at most 280 characters. */
    SOCIAL(new SummaryBudget(null, null, null, 280)),
    /** A newsletter blurb: at most 60 words. */
    NEWSLETTER(new SummaryBudget(null, null, 60, null)),
    /** A brief: three sentences. */
    BRIEF(new SummaryBudget(3, null, null, null));

    private final SummaryBudget budget;

    Preset(SummaryBudget budget) {
        this.budget = budget;
    }

    /** The budget this preset stands for. */
    public SummaryBudget budget() {
        return budget;
    }

    /** The name used in the API ({@code push-alert}, ...). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The preset with this API name, ignoring case. */
    public static Optional<Preset> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /** The API names, comma-separated, for error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(Preset::id).collect(Collectors.joining(", "));
    }
}
