package org.nutgraf.claims;

import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;
import org.nutgraf.model.ModelFile;
import org.nutgraf.model.Provenance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who a sentence attributes its content to, from patterns over tokens and tags: {@code "...," X said},
 * {@code "...," said X}, {@code X said (that) ...}, {@code according to X}, {@code X, who said ...}.
 * <p>
 * {@link #in(Article, Sentence)} names speakers for key claims with the lists learnt from PolNeAR train by
 * {@code lab/run speakers-train} (cue verbs {@value #SPEAKER_CUES}, secondary cue verbs
 * {@value #SECONDARY}, speaker nouns {@value #SPEAKER_NOUNS}, reporting nouns {@value #REPORTING_NOUNS}) and the
 * {@link Part}s of the rule: every cue of a sentence is a candidate, those outside quotation marks and those that
 * close the sentence first; "he", "she", "they", "it" (and "his", "her"...) are resolved to what the article named
 * before; a sentence inside a quotation, or after a paragraph lead that ends in a colon, takes that attribution.
 * {@link #statedIn(Sentence)}, what a sentence states by itself with the first cue of {@value #CUES} (learnt by
 * {@code speakers-train} too), gives the check-worthiness model its {@code attributed} feature, since the sentences the
 * model learns from come without their articles; it is kept as the model was trained. Thread-safe.
 */
public final class Attributions {

    /** The resource that lists the cue verbs' lemmas, one a line after {@code #} comments, first column. */
    public static final String CUES = "claims/cue-verbs.tsv";
    /**
     * The resource of the speaker rule's cue verbs, learnt like {@value #CUES} with the thresholds the speakers'
     * held-out protocol chose ({@value #CUES} stays the list of {@link #statedIn}, which the check-worthiness model
     * was trained with).
     */
    public static final String SPEAKER_CUES = "claims/speaker-cue-verbs.tsv";
    /** The resource of the secondary cue verbs ({@link Part#SECONDARY_CUES}), learnt like {@value #SPEAKER_CUES}. */
    public static final String SECONDARY = "claims/speaker-secondary-verbs.tsv";
    /** The resource of the reporting nouns ({@link Part#REPORTING_NOUNS}), learnt from PolNeAR train's cues. */
    public static final String REPORTING_NOUNS = "claims/speaker-reporting-nouns.tsv";
    /** The resource of the speaker nouns, heads of speakers learnt from PolNeAR train. */
    public static final String SPEAKER_NOUNS = "claims/speaker-nouns.tsv";

    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    /** Possessive pronouns before a reporting noun, as the pronoun they stand for. */
    static final Map<String, String> POSSESSIVE = Map.of("his", "he", "her", "she", "their", "they", "its",
            "it");
    /** Pronouns of a group or an organisation, resolved by {@link Part#GROUP_PRONOUNS}. */
    static final Set<String> GROUP = Set.of("they", "it", "we");
    /** How many tokens the name before a headline's colon may have. */
    private static final int HEADLINE_NAME = 5;
    /** How many tokens may follow the verb of an attribution that closes its sentence. */
    private static final int FRAME_TAIL = 4;
    private static final Set<String> CLAUSE_OPENERS = Set.of("as", "if", "because", "while", "when", "since",
            "although", "though", "after", "before", "so", "then", "now", "yet", "once", "unless", "whether");

    /** The parts of the rule beyond the patterns of one cue, each of which the lab can leave out to measure it. */
    public enum Part {
        /** A sentence inside a quotation takes the attribution of the sentence that closes (or opens) it. */
        QUOTATIONS,
        /** "he" and "she" are resolved to the person named last. */
        PRONOUNS,
        /**
         * Every cue of the sentence is a candidate, those outside quotation marks first, and the first that names a
         * speaker wins ("I believe ...," Smith said: Smith); the subject may be followed by a parenthesis or a day.
         */
        EVERY_CUE,
        /** "they", "we" and "it" are resolved to the speaker the article stated last, when it agrees in number. */
        GROUP_PRONOUNS,
        /** A paragraph that opens with a speaker and a colon ("Smith said:") gives its later sentences that speaker. */
        PARAGRAPH_LEAD,
        /**
         * A learnt reporting noun after a possessive names its owner: "the governor's statement that ...", "her
         * claim that ..." (the pronoun resolved).
         */
        REPORTING_NOUNS,
        /** A short name or speaker noun and a colon open a sentence, as in a headline: "Smith: Taxes Will Rise". */
        HEADLINE_COLON,
        /**
         * Verbs that are cues less often ("secondary": "want", "think") count when their subject is like a speaker: a
         * pronoun, a proper noun, a person or organisation, or a noun learnt as a speaker's head ("officials").
         */
        SECONDARY_CUES
    }

    private final Set<String> cues;
    private final Set<String> secondary;
    private final Set<String> speakerNouns;
    private final Set<String> reportingNouns;
    private final boolean quotations;
    private final boolean pronouns;
    private final PronounResolution resolution;
    private final Set<Part> parts;

    /**
     * A finder with these cue verbs.
     *
     * @param cueLemmas lemmas of the verbs that attribute content to their subject ("say", "tell"...)
     */
    public Attributions(Set<String> cueLemmas) {
        this(cueLemmas, true, true);
    }

    /**
     * A finder with these cue verbs and, to measure what each pays, without following quotations or resolving
     * pronouns.
     */
    public Attributions(Set<String> cueLemmas, boolean quotations, boolean pronouns) {
        this(cueLemmas, parts(quotations, pronouns));
    }

    /** A finder with these cue verbs and these parts of the rule (the service uses them all). */
    public Attributions(Set<String> cueLemmas, Set<Part> parts) {
        this(cueLemmas, Set.of(), Set.of(), parts);
    }

    /**
     * A finder with these cue verbs, secondary cue verbs and speaker nouns (lemmas), and these parts of the rule.
     *
     * @param secondaryLemmas verbs that count as cues when their subject is like a speaker
     * @param speakerNouns    common nouns whose phrase is like a speaker ("spokesman", "officials")
     */
    public Attributions(Set<String> cueLemmas, Set<String> secondaryLemmas, Set<String> speakerNouns,
                        Set<Part> parts) {
        this(cueLemmas, secondaryLemmas, speakerNouns, Set.of(), parts);
    }

    /**
     * A finder with these cue verbs, secondary cue verbs, speaker nouns and reporting nouns (lemmas), and these parts.
     *
     * @param reportingNouns nouns that attribute content to their owner ("statement", "claim")
     */
    public Attributions(Set<String> cueLemmas, Set<String> secondaryLemmas, Set<String> speakerNouns,
                        Set<String> reportingNouns, Set<Part> parts) {
        this.reportingNouns = Set.copyOf(reportingNouns);
        this.secondary = Set.copyOf(secondaryLemmas);
        this.speakerNouns = Set.copyOf(speakerNouns);
        this.cues = Set.copyOf(cueLemmas);
        this.parts = parts.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(parts);
        this.quotations = parts.contains(Part.QUOTATIONS);
        this.pronouns = parts.contains(Part.PRONOUNS);
        this.resolution = new PronounResolution(this::stated, this::every, parts.contains(Part.GROUP_PRONOUNS));
    }

    private static Set<Part> parts(boolean quotations, boolean pronouns) {
        Set<Part> parts = EnumSet.allOf(Part.class);
        if (!quotations) {
            parts.remove(Part.QUOTATIONS);
        }
        if (!pronouns) {
            parts.remove(Part.PRONOUNS);
            parts.remove(Part.GROUP_PRONOUNS);
        }
        return parts;
    }

    /** The finder the service uses for speakers: the bundled speaker lists and every part. */
    public static Attributions bundled() {
        return Bundled.FINDER;
    }

    /** The shipped lists the bundled finders read, with their provenance, in the order of their constants. */
    public static List<Provenance> bundledModels() {
        return Bundled.LISTS.values().stream().map(ModelFile::provenance).toList();
    }

    /** Reads the bundled lists on first use. */
    private static final class Bundled {
        static final Map<String, ModelFile<Set<String>>> LISTS = lists(CUES, SPEAKER_CUES, SECONDARY, REPORTING_NOUNS,
                SPEAKER_NOUNS);
        static final Attributions FINDER = new Attributions(list(SPEAKER_CUES), list(SECONDARY), list(SPEAKER_NOUNS),
                list(REPORTING_NOUNS), EnumSet.allOf(Part.class));
        /** The sentence-only rule of {@link #statedIn}, with the cue verbs the check-worthiness model knows. */
        static final Attributions STATED = new Attributions(list(CUES));

        private static Map<String, ModelFile<Set<String>>> lists(String... resources) {
            Map<String, ModelFile<Set<String>>> lists = new java.util.LinkedHashMap<>();
            for (String resource : resources) {
                lists.put(resource, cueList(resource));
            }
            return lists;
        }

        private static Set<String> list(String resource) {
            return LISTS.get(resource).model();
        }
    }

    /** The cue verbs' lemmas this finder uses. */
    public Set<String> cues() {
        return cues;
    }

    /** The speaker and cue of an article's sentence with the bundled cue verbs; see {@link #find}. */
    public static Optional<Attribution> in(Article article, Sentence sentence) {
        return Bundled.FINDER.find(article, sentence);
    }

    /**
     * The attribution a sentence states, or else, for a sentence inside a quotation, the attribution of the nearest
     * sentence of the quotation that states one (the one that closes it first, then the one that opens it). A
     * pronoun speaker ("he", "she") is resolved to the nearest person named before it in the article, written as
     * the article named them most fully; other pronouns give no speaker.
     */
    public Optional<Attribution> find(Article article, Sentence sentence) {
        if (!parts.contains(Part.EVERY_CUE)) {
            Optional<Attribution> own = stated(sentence);
            if (own.isEmpty() && quotations) {
                own = Quotations.followed(article, sentence, this::stated);
            }
            return own.map(a -> resolveOrDrop(article, a));
        }
        Optional<Attribution> first = Optional.empty();
        for (Attribution a : candidates(article, sentence)) {
            Attribution r = resolveOrDrop(article, a);
            if (r.speaker() != null) {
                return Optional.of(r);
            }
            first = first.isPresent() ? first : Optional.of(r);
        }
        if (quotations) {
            Optional<Attribution> q = Quotations.followed(article, sentence, x -> best(article, x));
            if (q.isPresent()) {
                return q;
            }
        }
        if (parts.contains(Part.PARAGRAPH_LEAD)) {
            Optional<Attribution> lead = lead(article, sentence);
            if (lead.isPresent()) {
                return lead;
            }
        }
        return first;
    }

    private Attribution resolveOrDrop(Article article, Attribution a) {
        if (pronouns) {
            return resolution.resolve(article, a);
        }
        return a.pronoun() == null ? a : new Attribution(null, a.verb(), a.start(), a.end());
    }

    /** The first candidate of a sentence that names a speaker, resolved, else empty. */
    private Optional<Attribution> best(Article article, Sentence sentence) {
        for (Attribution a : candidates(article, sentence)) {
            Attribution r = resolveOrDrop(article, a);
            if (r.speaker() != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Every attribution the sentence states, those whose cue is outside quotation marks first. */
    private List<Attribution> candidates(Article article, Sentence sentence) {
        List<Attribution> all = every(sentence);
        List<Sentence> sentences = article.sentences();
        int i = sentence.index();
        if (all.size() < 2 || i >= sentences.size() || !sentences.get(i).equals(sentence)) {
            return all;
        }
        boolean[] inside = Quotations.quoted(sentences, i);
        List<Token> t = sentence.tokens();
        List<Attribution> outside = new ArrayList<>();
        List<Attribution> within = new ArrayList<>();
        for (Attribution a : all) {
            int k = 0;
            while (k < t.size() && t.get(k).start() < a.start()) {
                k++;
            }
            (k < t.size() && inside[k] ? within : outside).add(a);
        }
        // a frame that closes the sentence ("..., a federal judge ruled Monday.") before the cues it frames
        List<Attribution> ordered = new ArrayList<>();
        outside.stream().filter(a -> closesSentence(t, a)).forEach(ordered::add);
        outside.stream().filter(a -> !closesSentence(t, a)).forEach(ordered::add);
        ordered.addAll(within);
        return ordered;
    }

    /**
     * Whether an attribution frames the sentence from its end: its speaker follows a comma or a quotation mark, it
     * is not the sentence's first word, and at most {@value #FRAME_TAIL} tokens follow its verb before the final
     * punctuation ("..., the campaign told reporters.").
     */
    private static boolean closesSentence(List<Token> t, Attribution a) {
        int speaker = -1;
        int verb = -1;
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).start() == a.speakerStart()) {
                speaker = k;
            }
            if (t.get(k).start() == a.start()) {
                verb = k;
            }
        }
        if (speaker < 1 || verb < 0) {
            return false;
        }
        int before = Math.min(speaker, verb) - 1;
        if (before < 0 || !(t.get(before).word().equals(",") || isQuote(t.get(before)))) {
            return false;
        }
        int end = t.size();
        while (end > 0 && (t.get(end - 1).tag().equals(".") || isQuote(t.get(end - 1)))) {
            end--;
        }
        return end - 1 - Math.max(speaker, verb) <= FRAME_TAIL;
    }

    /**
     * For a sentence after the first of its paragraph, when the paragraph's first sentence ends with a colon after
     * a cue ("Smith said:"), that sentence's attribution.
     */
    private Optional<Attribution> lead(Article article, Sentence sentence) {
        List<Sentence> all = article.sentences();
        int i = sentence.index();
        if (i >= all.size() || !all.get(i).equals(sentence)) {
            return Optional.empty();
        }
        int first = i;
        while (first > 0 && all.get(first - 1).paragraph() == sentence.paragraph()) {
            first--;
        }
        if (i - first > Quotations.REACH) {
            return Optional.empty();
        }
        for (int k = i - 1; k >= first - 1 && k >= 0; k--) {
            List<Token> t = all.get(k).tokens();
            if (!t.isEmpty() && t.get(t.size() - 1).word().equals(":")) {
                return best(article, all.get(k));
            }
        }
        return Optional.empty();
    }

    /**
     * The lemmas in the first column of a cue list resource, skipping {@code #} lines (the {@code #@} provenance keys
     * and the comments) and the column header.
     */
    public static Set<String> readCues(String resource) {
        return cueList(resource).model();
    }

    /** A cue list resource with its provenance. */
    private static ModelFile<Set<String>> cueList(String resource) {
        return ModelFile.text(resource, Attributions::readCues);
    }

    private static Set<String> readCues(InputStream in) throws IOException {
        Set<String> lemmas = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                lemmas.add(line.split("\t", -1)[0].strip());
            }
        }
        return Set.copyOf(lemmas);
    }

    // ---- the speaker rule (in(Article, Sentence)) ----

    /**
     * The first attribution a sentence states by itself, with the bundled cue verbs, a pronoun speaker unresolved
     * (speaker null): the check-worthiness model's {@code attributed} feature.
     */
    public static Optional<Attribution> statedIn(Sentence sentence) {
        return Bundled.STATED.stated(sentence);
    }

    /** The first attribution the sentence itself states; a pronoun speaker comes back unresolved (speaker null). */
    Optional<Attribution> stated(Sentence sentence) {
        List<Token> t = sentence.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).word().equalsIgnoreCase("according") && t.get(i + 1).word().equalsIgnoreCase("to")) {
                String verb = text(sentence, t, i, i + 2);
                if (isPersonal(t.get(i + 2))) {
                    return Optional.of(pronounAttribution(t.get(i + 2), verb, t.get(i).start(), t.get(i + 1).end()));
                }
                int end = nounPhraseForward(t, i + 2);
                String speaker = end > i + 2 ? text(sentence, t, i + 2, end) : null;
                boolean named = !pronoun(speaker);
                return Optional.of(new Attribution(named ? speaker : null, verb, t.get(i).start(), t.get(i + 1).end(),
                        named ? t.get(i + 2).start() : -1, named ? t.get(end - 1).end() : -1, null));
            }
        }
        for (int v = 0; v < t.size(); v++) {
            Token verb = t.get(v);
            if (!isCue(t, v)) {
                continue;
            }
            Optional<Attribution> before = subject(sentence, t, v);
            if (before.isPresent()) {
                return before;
            }
            // Inverted order after a quote: '"...," said the minister.' or '"...," said he.'
            if (v > 0 && isBoundary(t.get(v - 1)) && (verb.tag().equals("VBD") || verb.tag().equals("VBZ"))
                    && v + 1 < t.size()) {
                if (isPersonal(t.get(v + 1))) {
                    return Optional.of(pronounAttribution(t.get(v + 1), verb.word(), verb.start(), verb.end()));
                }
                int end = nounPhraseForward(t, v + 1);
                boolean clause = end < t.size() && (t.get(end).tag().startsWith("VB") || t.get(end).tag().equals("MD"));
                if (end > v + 1 && hasNoun(t, v + 1, end) && !clause) {
                    return Optional.of(new Attribution(text(sentence, t, v + 1, end), verb.word(), verb.start(),
                            verb.end(), t.get(v + 1).start(), t.get(end - 1).end(), null));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Every attribution the sentence itself states, in the order {@link #stated} tries them, with the subject allowed
     * a parenthesis or a day before its verb, and the inverted order ("...," said X) not after "and" or "but"
     * ("and criticized X" names no speaker); pronoun speakers unresolved.
     */
    List<Attribution> every(Sentence sentence) {
        List<Attribution> found = new ArrayList<>();
        List<Token> t = sentence.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).word().equalsIgnoreCase("according") && t.get(i + 1).word().equalsIgnoreCase("to")) {
                String verb = text(sentence, t, i, i + 2);
                if (isPersonal(t.get(i + 2))) {
                    found.add(pronounAttribution(t.get(i + 2), verb, t.get(i).start(), t.get(i + 1).end()));
                    continue;
                }
                int end = nounPhraseForward(t, i + 2);
                String speaker = end > i + 2 ? text(sentence, t, i + 2, end) : null;
                boolean named = !pronoun(speaker);
                found.add(new Attribution(named ? speaker : null, verb, t.get(i).start(), t.get(i + 1).end(),
                        named ? t.get(i + 2).start() : -1, named ? t.get(end - 1).end() : -1, null));
            }
        }
        int colon = nounPhraseForward(t, 0);
        if (colon > 0 && colon <= 6 && colon + 1 < t.size() && t.get(colon).word().equals(":")
                && (isQuote(t.get(colon + 1)) && hasProperNoun(t, 0, colon) || parts.contains(Part.HEADLINE_COLON)
                && colon <= HEADLINE_NAME && colon + 3 < t.size() && (hasProperNoun(t, 0, colon)
                || speakerNouns.contains(t.get(colon - 1).lemma().toLowerCase(Locale.ROOT))))) {
            // a name and a colon before a quotation: 'Smith: "We will win."', or before a claim: 'Smith: Taxes Will Rise'
            found.add(new Attribution(text(sentence, t, 0, colon), ":", t.get(colon).start(), t.get(colon).end(),
                    t.get(0).start(), t.get(colon - 1).end(), null));
        }
        for (int v = 0; v < t.size(); v++) {
            Token verb = t.get(v);
            if (!isCue(t, v)) {
                if (parts.contains(Part.SECONDARY_CUES) && verb.tag().startsWith("VB")
                        && secondary.contains(verb.lemma())) {
                    subject(sentence, t, v, true).filter(a -> speakerLike(t, a)).ifPresent(found::add);
                }
                continue;
            }
            Optional<Attribution> before = subject(sentence, t, v, true);
            if (before.isPresent()) {
                found.add(before.get());
                continue;
            }
            // Inverted order after a quote: '"...," said the minister.' or '"...," said he.'
            if (v > 0 && isBoundary(t.get(v - 1)) && !t.get(v - 1).tag().equals("CC")
                    && (verb.tag().equals("VBD") || verb.tag().equals("VBZ"))
                    && v + 1 < t.size()) {
                if (isPersonal(t.get(v + 1))) {
                    found.add(pronounAttribution(t.get(v + 1), verb.word(), verb.start(), verb.end()));
                    continue;
                }
                int end = nounPhraseForward(t, v + 1);
                boolean clause = end < t.size() && (t.get(end).tag().startsWith("VB") || t.get(end).tag().equals("MD"));
                if (end > v + 1 && hasNoun(t, v + 1, end) && !clause) {
                    found.add(new Attribution(text(sentence, t, v + 1, end), verb.word(), verb.start(),
                            verb.end(), t.get(v + 1).start(), t.get(end - 1).end(), null));
                }
            }
        }
        if (parts.contains(Part.REPORTING_NOUNS)) {
            for (int k = 1; k < t.size(); k++) {
                Token noun = t.get(k);
                if (!(noun.tag().equals("NN") || noun.tag().equals("NNS")) || !reportingNouns.contains(noun.lemma())) {
                    continue;
                }
                int owner = k - 1;
                while (owner > 0 && (t.get(owner).tag().startsWith("JJ") || t.get(owner).tag().equals("NN"))) {
                    owner--; // "the senator's recent public statement"
                }
                Token o = t.get(owner);
                if (o.tag().equals("PRP$") && POSSESSIVE.containsKey(o.word().toLowerCase(Locale.ROOT))) {
                    found.add(new Attribution(null, noun.word(), noun.start(), noun.end(), o.start(), o.end(),
                            o.word()));
                } else if (o.tag().equals("POS") && owner > 0 && t.get(owner - 1).tag().startsWith("NN")) {
                    int begin = nounPhraseBack(t, owner - 1);
                    found.add(new Attribution(text(sentence, t, begin, owner), noun.word(), noun.start(), noun.end(),
                            t.get(begin).start(), t.get(owner - 1).end(), null));
                }
            }
        }
        return found;
    }

    /**
     * Whether an attribution's speaker is like one: a pronoun to resolve, words with a proper noun or a person or
     * organisation, or a phrase whose head (its last common noun) is a speaker noun.
     */
    private boolean speakerLike(List<Token> t, Attribution a) {
        if (a.pronoun() != null) {
            return true;
        }
        if (a.speaker() == null) {
            return false;
        }
        Token head = null;
        for (Token tok : t) {
            if (tok.start() < a.speakerStart() || tok.end() > a.speakerEnd()) {
                continue;
            }
            if (tok.tag().startsWith("NNP") || tok.ner().equals("PERSON") || tok.ner().equals("ORGANIZATION")) {
                return true;
            }
            if (tok.tag().startsWith("NN")) {
                head = tok;
            }
        }
        return head != null && speakerNouns.contains(head.lemma());
    }

    private boolean isCue(List<Token> t, int v) {
        Token verb = t.get(v);
        return verb.tag().startsWith("VB") && cues.contains(verb.lemma())
                && !(verb.lemma().equals("point") && !(v + 1 < t.size() && t.get(v + 1).lemma().equals("out")));
    }

    /**
     * The subject of the cue at {@code v}: the noun phrase or pronoun before it (across an apposition or a "who"
     * clause set off by commas), or the agent of a passive ("was reported by X").
     */
    private static Optional<Attribution> subject(Sentence sentence, List<Token> t, int v) {
        return subject(sentence, t, v, false);
    }

    private static Optional<Attribution> subject(Sentence sentence, List<Token> t, int v, boolean extended) {
        Token verb = t.get(v);
        if (!(verb.tag().equals("VBD") || verb.tag().equals("VBZ") || verb.tag().equals("VBP")
                || verb.tag().equals("VBN") || verb.tag().equals("VB"))) {
            return Optional.empty();
        }
        int k = v - 1;
        boolean passive = false;
        while (k >= 0 && (AUXILIARIES.contains(t.get(k).lemma()) && (t.get(k).tag().startsWith("VB")
                || t.get(k).tag().startsWith("RB") || t.get(k).tag().equals("MD")) || t.get(k).tag().equals("MD"))) {
            passive |= t.get(k).lemma().equals("be") && verb.tag().equals("VBN");
            k--;
        }
        if (passive) {
            int by = v + 1 < t.size() && t.get(v + 1).lemma().equals("by") ? v + 1
                    : v + 2 < t.size() && t.get(v + 2).lemma().equals("by") ? v + 2 : -1;
            int end = by < 0 ? -1 : nounPhraseForward(t, by + 1);
            if (end > by + 1 && hasNoun(t, by + 1, end)) {
                return Optional.of(new Attribution(text(sentence, t, by + 1, end), verb.word(), verb.start(),
                        verb.end(), t.get(by + 1).start(), t.get(end - 1).end(), null));
            }
            return Optional.empty();
        }
        if (extended) {
            k = beforeInsert(t, k);
        }
        if (k < 0) {
            return Optional.empty();
        }
        Token last = t.get(k);
        if (last.tag().equals("PRP") && PRONOUNS.contains(last.lemma())) {
            if (k == 0 || isBoundary(t.get(k - 1)) || opensClause(t.get(k - 1))) {
                return Optional.of(isPersonal(last) || extended && GROUP.contains(last.word().toLowerCase(Locale.ROOT))
                        ? pronounAttribution(last, verb.word(), verb.start(), verb.end())
                        : new Attribution(null, verb.word(), verb.start(), verb.end()));
            }
            return Optional.empty();
        }
        if (last.lemma().equals("who") && k >= 2 && t.get(k - 1).word().equals(",")) {
            k -= 2; // "Jane Smith, who said ...": the phrase before the comma
            if (!t.get(k).tag().startsWith("NN")) {
                return Optional.empty();
            }
            int begin = nounPhraseBack(t, k);
            return Optional.of(new Attribution(text(sentence, t, begin, k + 1), verb.word(), verb.start(),
                    verb.end(), t.get(begin).start(), t.get(k).end(), null));
        }
        if (extended && (last.tag().equals("CD") || last.tag().equals("VBN") && k >= 1
                && t.get(k - 1).tag().equals("DT"))) {
            // a share of those asked: "nine out of 10 say", "those surveyed said"
            int begin = k;
            while (begin > 0 && k - begin < 6 && COUNT_TAGS.contains(t.get(begin - 1).tag())) {
                begin--;
            }
            if (begin == 0 || isBoundary(t.get(begin - 1)) || opensClause(t.get(begin - 1))) {
                return Optional.of(new Attribution(text(sentence, t, begin, k + 1), verb.word(), verb.start(),
                        verb.end(), t.get(begin).start(), t.get(k).end(), null));
            }
            return Optional.empty();
        }
        int to = k;
        if (last.word().equals(",") && k >= 3) {
            // "Jane Smith, the party's treasurer, said" or "Jane Smith, who chairs the board, said"
            int comma = k - 1;
            while (comma > 0 && k - comma <= 15 && !t.get(comma).word().equals(",")) {
                comma--;
            }
            if (comma < 1 || k - comma > 15 || !t.get(comma - 1).tag().startsWith("NN")) {
                return extended ? leadingName(sentence, t, k, verb) : Optional.empty();
            }
            boolean apposition = true;
            for (int j = comma + 1; j < k; j++) {
                apposition &= NP_TAGS.contains(t.get(j).tag()) && !t.get(j).tag().equals("VBN")
                        || t.get(j).lemma().equals("of");
            }
            to = apposition && t.get(k - 1).tag().startsWith("NN") ? k - 1 : comma - 1;
            k = comma - 1;
        } else if (!last.tag().startsWith("NN")) {
            return Optional.empty();
        }
        int begin = nounPhraseBack(t, k);
        if (begin > 0 && !isBoundary(t.get(begin - 1)) && !t.get(begin - 1).lemma().equals("that")
                && !opensClause(t.get(begin - 1))) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(text(sentence, t, begin, to + 1), verb.word(), verb.start(), verb.end(),
                t.get(begin).start(), t.get(to).end(), null));
    }

    /**
     * A proper name that opens the clause and is followed by a comma, when the cue follows a comma up to
     * {@value #LEAD_REACH} tokens later: "Jane Smith, 49, a nurse who works nights, said".
     */
    private static Optional<Attribution> leadingName(Sentence sentence, List<Token> t, int k, Token verb) {
        int start = 0;
        for (int j = k - 1; j > 0; j--) {
            if (isQuote(t.get(j)) && t.get(j - 1).word().equals(",")) {
                start = j + 1;
                break;
            }
        }
        int comma = start + 1;
        while (comma < k && !t.get(comma).word().equals(",")) {
            comma++;
        }
        if (comma >= k || k - start > LEAD_REACH || nounPhraseBack(t, comma - 1) != start
                || !hasProperNoun(t, start, comma) || !t.get(comma - 1).tag().startsWith("NNP")) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(text(sentence, t, start, comma), verb.word(), verb.start(), verb.end(),
                t.get(start).start(), t.get(comma - 1).end(), null));
    }

    /**
     * The token before what may stand between a subject and its verb: a parenthesis ("Jane Smith (D-Ohio) said") or
     * a day ("Smith on Tuesday said").
     */
    private static int beforeInsert(List<Token> t, int k) {
        if (k >= 2 && (t.get(k).word().equals(")") || t.get(k).word().equals("-RRB-"))) {
            int open = k - 1;
            while (open > 0 && k - open <= 8 && !(t.get(open).word().equals("(") || t.get(open).word().equals("-LRB-"))) {
                open--;
            }
            if (k - open <= 8 && open > 0 && (t.get(open).word().equals("(") || t.get(open).word().equals("-LRB-"))) {
                return open - 1;
            }
            return k;
        }
        if (k >= 2 && t.get(k).tag().startsWith("NNP") && t.get(k - 1).lemma().equals("on")
                && t.get(k - 2).tag().startsWith("NN")) {
            return k - 2; // "Smith on Tuesday said"
        }
        return k;
    }

    /** A word that may open a clause whose subject follows: "as", "if", "when", "because", "so", "why"... */
    private static boolean opensClause(Token token) {
        return CLAUSE_OPENERS.contains(token.lemma()) || token.tag().equals("CC") || token.tag().equals("WRB");
    }

    private static int nounPhraseBack(List<Token> t, int k) {
        int begin = k;
        while (begin > 0) {
            Token prev = t.get(begin - 1);
            String lw = prev.lemma();
            if (NP_TAGS.contains(prev.tag()) && !prev.tag().equals("VBN") || prev.tag().equals("NNP")) {
                begin--;
            } else if ((lw.equals("of") || lw.equals("for") || lw.equals("at") || lw.equals("from"))
                    && begin - 2 >= 0 && t.get(begin - 2).tag().startsWith("NN")) {
                begin--;
            } else {
                break;
            }
        }
        return begin;
    }

    private static boolean isPersonal(Token token) {
        return token.tag().equals("PRP") && PERSONAL.contains(token.word().toLowerCase(Locale.ROOT));
    }

    /** An attribution to a pronoun, to be resolved: the pronoun's span is the speaker's, the speaker is unknown. */
    private static Attribution pronounAttribution(Token pronoun, String verb, int start, int end) {
        return new Attribution(null, verb, start, end, pronoun.start(), pronoun.end(), pronoun.word());
    }

    // ---- shared by the rules ----



    private static final Set<String> NP_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "PRP$", "POS", "CD",
            "VBN");
    /** Tags of a share of people as subject: "nearly nine out of 10", "one in five", "those surveyed". */
    private static final Set<String> COUNT_TAGS = Set.of("CD", "IN", "RB", "JJ", "JJS", "DT", "PDT", "NN", "NNS");
    /** How many tokens a proper name that opens the clause may stand before its cue (see leadingName). */
    private static final int LEAD_REACH = 30;
    private static final Set<String> AUXILIARIES = Set.of("have", "be", "do", "also", "later", "previously",
            "recently", "once", "repeatedly", "publicly", "reportedly", "has", "had");
    private static final Set<String> BOUNDARIES = Set.of(",", "``", "''", "\"", "“", "”", "'", "‘", "’", ":", ";",
            "--", "-", "—", "–", "(", "and", "but", "-LRB-");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which",
            "that");

    static int nounPhraseForward(List<Token> t, int from) {
        int k = from;
        int lastNoun = -1;
        while (k < t.size()) {
            Token tok = t.get(k);
            String lw = tok.lemma();
            if (NP_TAGS.contains(tok.tag()) && !tok.tag().equals("VBN")) {
                if (tok.tag().startsWith("NN")) {
                    lastNoun = k;
                }
                k++;
            } else if ((lw.equals("of") || lw.equals("for") || lw.equals("at") || lw.equals("&")
                    || lw.equals("and") && k + 1 < t.size() && t.get(k + 1).tag().startsWith("NNP"))
                    && lastNoun == k - 1) {
                k++;
            } else {
                break;
            }
        }
        return lastNoun + 1 > from ? lastNoun + 1 : from;
    }

    private static boolean hasProperNoun(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).tag().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuote(Token token) {
        return token.tag().equals("``") || token.tag().equals("''") || token.word().equals("\"")
                || token.word().equals("\u201c");
    }

    private static boolean hasNoun(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).tag().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoundary(Token token) {
        return BOUNDARIES.contains(token.word().toLowerCase(Locale.ROOT)) || token.tag().equals("``")
                || token.tag().equals("''") || token.tag().equals(",") || token.tag().equals(":");
    }

    private static boolean pronoun(String speaker) {
        return speaker == null || PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT));
    }

    static String text(Sentence sentence, List<Token> t, int from, int to) {
        return sentence.text().substring(t.get(from).start() - sentence.start(), t.get(to - 1).end() - sentence.start());
    }
}
