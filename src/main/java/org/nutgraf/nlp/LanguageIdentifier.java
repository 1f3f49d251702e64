package org.nutgraf.nlp;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.nutgraf.model.ModelFile;
import org.nutgraf.model.Provenance;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells which language a text is written in: Apache OpenNLP's language detector with its published model (103
 * languages), its ISO 639-3 answer turned into a BCP 47 tag ({@code deu} is {@code de}). The model is read once and
 * shared; each call makes its own detector, so calls may run at once. Thread-safe.
 */
public final class LanguageIdentifier {

    /** Where the model lies on the class path (the {@code opennlp-models-langdetect} jar). */
    static final String MODEL = "langdetect-183.bin";
    /** The most characters read: the detector's n-gram counts settle long before an article ends. */
    public static final int MAX_CHARS = 4000;

    /**
     * The model's languages that ISO 639-3 codes as one member of a macrolanguage which ISO 639-1 codes as a whole
     * (Mandarin for Chinese, Iranian Persian for Persian...): the JDK maps only the macrolanguage codes.
     */
    static final Map<String, String> MACROLANGUAGE_MEMBERS = Map.of("cmn", "zh", "pes", "fa", "ekk", "et",
            "lvs", "lv");

    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private final LanguageDetectorModel model;
    private final Provenance provenance;

    private LanguageIdentifier(LanguageDetectorModel model, Provenance provenance) {
        this.model = model;
        this.provenance = provenance;
    }

    /** The model file's provenance: Apache OpenNLP's, not trained by Nutgraf, so it names its source. */
    public Provenance provenance() {
        return provenance;
    }

    /** The identifier with the bundled model, read on first use. */
    public static LanguageIdentifier bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final LanguageIdentifier INSTANCE = load();
    }

    private static LanguageIdentifier load() {
        ModelFile<LanguageDetectorModel> file = ModelFile.binary(MODEL, LanguageDetectorModel::new, Provenance.PREFIX
                + "source: Apache OpenNLP's published language detector (org.apache.opennlp:opennlp-models-langdetect)");
        return new LanguageIdentifier(file.model(), file.provenance());
    }

    /**
     * The language the text most likely is, with the detector's confidence in it (0 to 1) and the number of words
     * it read, so a caller can judge how far to trust a guess from a short text.
     */
    public DetectedLanguage detect(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Language best = new LanguageDetectorME(model).predictLanguage(sample);
        int words = sample.isBlank() ? 0 : sample.strip().split("\\s+").length;
        return new DetectedLanguage(tag(best.getLang()), best.getConfidence(), words);
    }

    /** The ISO 639-3 codes of the languages the model knows. */
    java.util.Set<String> modelLanguages() {
        return java.util.Set.of(new LanguageDetectorME(model).getSupportedLanguages());
    }

    /** A BCP 47 tag for an ISO 639-3 code: the two-letter code where ISO 639-1 has one, else the code itself. */
    static String tag(String iso3) {
        return TWO_LETTER.getOrDefault(iso3, iso3);
    }

    /** The English name of a language tag ("German" for {@code de}); the tag itself when Java knows no name. */
    public static String name(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? tag : name;
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                codes.putIfAbsent(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // a code with no three-letter form keeps none
            }
        }
        codes.putAll(MACROLANGUAGE_MEMBERS);
        return codes;
    }
}
