package org.nutgraf.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.nutgraf.config.NutgrafConfig;
import org.nutgraf.nlp.DetectedLanguage;
import org.nutgraf.nlp.LanguageIdentifier;
import org.nutgraf.nlp.Track;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides which language an article is read as, and refuses the languages Nutgraf cannot read. In order: the
 * caller's {@code options.language}; the language a page declares; the language detected in the main text (after
 * extraction or cleaning, so a mixed page is judged by its story). A guess from too little text, or made with too
 * little confidence, is no guess: the article is read as the first configured language, and the answer says so.
 * Thread-safe.
 */
@ApplicationScoped
public class LanguagePolicy {

    /**
     * Guesses from fewer words are not trusted. Chosen on development data by {@code lab/run language-eval} (the rule
     * is in {@code LanguageEvaluation}): with the confidence threshold, no word threshold was needed.
     */
    public static final int MIN_WORDS = 1;
    /**
     * Guesses with less confidence are not trusted; chosen with {@link #MIN_WORDS}. The detector spreads its
     * confidence over 103 languages, so 0.05 is five times chance; text that is no language (marks, symbols, one
     * word repeated) scores about 0.01 to 0.02.
     */
    public static final double MIN_CONFIDENCE = 0.05;

    /**
     * The language an article is read as.
     *
     * @param language   a BCP 47 primary tag ({@code en})
     * @param confidence the detector's confidence, when the language was detected; else {@code null}
     * @param source     {@code option}, {@code page}, {@code detected} or {@code default}
     */
    public record Decision(String language, Double confidence, String source) {

        /** True when the language detector was consulted: the language was detected, or defaulted on too little text. */
        public boolean consultedDetector() {
            return "detected".equals(source) || "default".equals(source);
        }
    }

    /** BCP 47's language subtag: two or three letters (ISO 639), or five to eight registered ones. */
    private static final Pattern PRIMARY_SUBTAG = Pattern.compile("[A-Za-z]{2,3}|[A-Za-z]{5,8}");

    private final List<String> supported;
    private final LanguageIdentifier identifier = LanguageIdentifier.bundled();

    public LanguagePolicy(NutgrafConfig config) {
        List<String> tags = new ArrayList<>();
        for (String t : config.languages().orElseGet(Track::languages)) {
            String p = primary(t);
            if (p == null || !Track.languages().contains(p)) {
                throw new IllegalArgumentException("nutgraf.languages holds '" + t + "'; Nutgraf reads "
                        + Track.languages());
            }
            tags.add(p);
        }
        this.supported = List.copyOf(tags);
    }

    /** The primary tags answered, the first being the one read when a guess is not trusted. */
    public List<String> supported() {
        return supported;
    }

    /**
     * The language to read the article as.
     *
     * @param requested the caller's {@code options.language}, or {@code null}
     * @param declared  the language the page declares, or {@code null}
     * @param main      the main text, as the NLP will read it
     * @throws ProblemException 422 when the language is one Nutgraf does not read; 400 for a malformed tag
     */
    public Decision decide(String requested, String declared, String main) {
        if (requested != null) {
            String tag = primary(requested);
            if (tag == null) {
                throw ProblemException.invalid("language must be a BCP 47 language tag such as 'en' or 'de-AT'; was '"
                        + abbreviate(requested) + "'");
            }
            return new Decision(require(tag, "The language asked for"), null, "option");
        }
        String page = declared == null ? null : primary(declared);
        if (page != null) {
            return new Decision(require(page, "The page declares its language as"), null, "page");
        }
        DetectedLanguage guess = identifier.detect(main);
        if (guess.words() < MIN_WORDS || guess.confidence() < MIN_CONFIDENCE) {
            return new Decision(supported.get(0), null, "default");
        }
        double confidence = Math.round(guess.confidence() * 1000) / 1000.0;
        if (!supported.contains(guess.tag())) {
            throw unsupported("The text reads as " + LanguageIdentifier.name(guess.tag()) + " (" + guess.tag()
                    + "), with confidence " + confidence, guess.tag());
        }
        return new Decision(guess.tag(), confidence, "detected");
    }

    private String require(String tag, String what) {
        if (!supported.contains(tag)) {
            throw unsupported(what + " " + LanguageIdentifier.name(tag) + " (" + tag + ")", tag);
        }
        return tag;
    }

    private ProblemException unsupported(String what, String tag) {
        return new ProblemException(422, "unsupported-language", "Language not supported", what + "; Nutgraf reads "
                + supported.stream().map(t -> LanguageIdentifier.name(t) + " (" + t + ")")
                .collect(Collectors.joining(", ")) + ". If the text is in one of those, say so with options.language.");
    }

    /** The problem for key claims asked of an article in a language they are not found in. */
    ProblemException claimsNotOffered(String language) {
        return new ProblemException(422, "claims-not-offered", "Key claims not offered in this language",
                "Key claims are found in English (en) only; the article is in " + LanguageIdentifier.name(language)
                        + " (" + language + "). Its summary is offered: POST /api/v1/summaries.");
    }

    /**
     * The primary language subtag of a BCP 47 tag, lower-cased: {@code en} for {@code en-GB}, {@code de} for
     * {@code de-ere} (the primary subtag decides; what follows may be a region, a script, a variant or a subtag no
     * registry knows). {@code null} for no tag, or one whose first subtag is no language (private use {@code x-...},
     * grandfathered {@code i-...}, digits), so a page's malformed tag falls back to detection.
     */
    static String primary(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String first = tag.strip().split("[-_]", 2)[0];
        return PRIMARY_SUBTAG.matcher(first).matches() ? first.toLowerCase(Locale.ROOT) : null;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
