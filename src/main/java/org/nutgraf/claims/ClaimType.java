package org.nutgraf.claims;

/** The kind of claim, in Full Fact's terms; {@link #label()} is the name the API uses. */
public enum ClaimType {
    QUANTITY("quantity"),
    PREDICTION("prediction"),
    CAUSAL("causal"),
    RULE("rule"),
    PERSONAL_EXPERIENCE("personal-experience"),
    OTHER("other");

    private final String label;

    ClaimType(String label) {
        this.label = label;
    }

    /** The lower-case name: {@code quantity}, {@code prediction}, {@code causal}, {@code rule}, {@code personal-experience} or {@code other}. */
    public String label() {
        return label;
    }
}
