package org.nutgraf.summary;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Named summary lengths for the places newsrooms publish to. Each id is also a constant, because annotations (the
 * OpenAPI enumeration of {@code preset}) can name only constants; a test holds the document to {@link #values()}.
 */
public enum Preset {
    /** A push notification: one sentence of at most 120 characters, where any sentence fits. */
    PUSH_ALERT(Preset.PUSH_ALERT_ID, new SummaryBudget(1, null, null, 120)),
    /** A social post: at most 280 characters. */
    SOCIAL(Preset.SOCIAL_ID, new SummaryBudget(null, null, null, 280)),
    /** A newsletter blurb: at most 60 words. */
    NEWSLETTER(Preset.NEWSLETTER_ID, new SummaryBudget(null, null, 60, null)),
    /** A brief: three sentences. */
    BRIEF(Preset.BRIEF_ID, new SummaryBudget(3, null, null, null));

    public static final String PUSH_ALERT_ID = "push-alert";
    public static final String SOCIAL_ID = "social";
    public static final String NEWSLETTER_ID = "newsletter";
    public static final String BRIEF_ID = "brief";

    private final String id;
    private final SummaryBudget budget;

    Preset(String id, SummaryBudget budget) {
        this.id = id;
        this.budget = budget;
    }

    /** The budget this preset stands for. */
    public SummaryBudget budget() {
        return budget;
    }

    /** The name used in the API ({@code push-alert}, ...). */
    public String id() {
        return id;
    }

    /** The preset with this API name, ignoring case. */
    public static Optional<Preset> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /** The API names, comma-separated, for error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(Preset::id).collect(Collectors.joining(", "));
    }

    /** Every preset with what it gives, for documentation: {@code push-alert: at most 1 sentence and 120 characters; ...}. */
    public static String catalogue() {
        return Arrays.stream(values()).map(p -> p.id() + ": " + p.budget().describe()).collect(Collectors.joining("; "));
    }
}
