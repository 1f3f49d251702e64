package org.nutgraf.nlp;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article in a language CoreNLP has no models for here: sentences from the JDK's {@link BreakIterator}
 * for the language, words from Lucene's {@link StandardTokenizer} (Unicode word rules), and for each word its stem
 * and whether it is a stop word from the language's Lucene analyzer (Snowball or light stemmers, the stop words
 * Lucene ships). There is no tagger, so tags are coarse and stated: {@code CD} for numbers, {@code DT} for stop
 * words, {@code NNP} for capitalised words inside a sentence (not in German, which capitalises every noun), and
 * {@code NN} for the rest; no named entities. Offsets point into the text given, as with {@link ArticleReader}.
 * Thread-safe (Lucene analyzers keep their state per thread).
 */
public final class LuceneReader implements Reader {

    /** The languages read, by BCP 47 primary tag, with the Lucene analyzer that stems them. */
    private static final Map<String, Supplier<Analyzer>> ANALYZERS = Map.ofEntries(
            Map.entry("ar", org.apache.lucene.analysis.ar.ArabicAnalyzer::new),
            Map.entry("bg", org.apache.lucene.analysis.bg.BulgarianAnalyzer::new),
            Map.entry("ca", org.apache.lucene.analysis.ca.CatalanAnalyzer::new),
            Map.entry("cs", org.apache.lucene.analysis.cz.CzechAnalyzer::new),
            Map.entry("da", org.apache.lucene.analysis.da.DanishAnalyzer::new),
            Map.entry("de", org.apache.lucene.analysis.de.GermanAnalyzer::new),
            Map.entry("el", org.apache.lucene.analysis.el.GreekAnalyzer::new),
            Map.entry("es", org.apache.lucene.analysis.es.SpanishAnalyzer::new),
            Map.entry("et", org.apache.lucene.analysis.et.EstonianAnalyzer::new),
            Map.entry("eu", org.apache.lucene.analysis.eu.BasqueAnalyzer::new),
            Map.entry("fa", org.apache.lucene.analysis.fa.PersianAnalyzer::new),
            Map.entry("fi", org.apache.lucene.analysis.fi.FinnishAnalyzer::new),
            Map.entry("fr", org.apache.lucene.analysis.fr.FrenchAnalyzer::new),
            Map.entry("ga", org.apache.lucene.analysis.ga.IrishAnalyzer::new),
            Map.entry("gl", org.apache.lucene.analysis.gl.GalicianAnalyzer::new),
            Map.entry("hi", org.apache.lucene.analysis.hi.HindiAnalyzer::new),
            Map.entry("hu", org.apache.lucene.analysis.hu.HungarianAnalyzer::new),
            Map.entry("hy", org.apache.lucene.analysis.hy.ArmenianAnalyzer::new),
            Map.entry("id", org.apache.lucene.analysis.id.IndonesianAnalyzer::new),
            Map.entry("it", org.apache.lucene.analysis.it.ItalianAnalyzer::new),
            Map.entry("lt", org.apache.lucene.analysis.lt.LithuanianAnalyzer::new),
            Map.entry("lv", org.apache.lucene.analysis.lv.LatvianAnalyzer::new),
            Map.entry("ne", org.apache.lucene.analysis.ne.NepaliAnalyzer::new),
            Map.entry("nl", org.apache.lucene.analysis.nl.DutchAnalyzer::new),
            Map.entry("no", org.apache.lucene.analysis.no.NorwegianAnalyzer::new),
            Map.entry("pt", org.apache.lucene.analysis.pt.PortugueseAnalyzer::new),
            Map.entry("ro", org.apache.lucene.analysis.ro.RomanianAnalyzer::new),
            Map.entry("ru", org.apache.lucene.analysis.ru.RussianAnalyzer::new),
            Map.entry("sr", org.apache.lucene.analysis.sr.SerbianAnalyzer::new),
            Map.entry("sv", org.apache.lucene.analysis.sv.SwedishAnalyzer::new),
            Map.entry("tr", org.apache.lucene.analysis.tr.TurkishAnalyzer::new));

    /** Languages whose writing capitalises every noun, so a capital says nothing about a name. */
    private static final Set<String> CAPITALISED_NOUNS = Set.of("de");
    /** Sentences a splitter missed because a paragraph break was lost: "...im Westen.Der Rat..." */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{2})[.!?](?=\\p{Lu}\\p{Ll})");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

    private final String language;
    private final Locale locale;
    private final Analyzer analyzer;

    private LuceneReader(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.analyzer = ANALYZERS.get(language).get();
    }

    /** The languages this reader knows, as BCP 47 primary tags. */
    public static Set<String> languages() {
        return ANALYZERS.keySet();
    }

    /** A reader for one language of {@link #languages()}. */
    public static LuceneReader of(String language) {
        if (!ANALYZERS.containsKey(language)) {
            throw new IllegalArgumentException("No Lucene analyzer for '" + language + "'");
        }
        return new LuceneReader(language);
    }

    @Override
    public List<String> annotators() {
        return List.of("jdk-sentences-" + language, "lucene-words", "lucene-stems-" + language);
    }

    @Override
    public Article read(String text, String title) {
        String guarded = TextGuard.prepare(text, false);
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int from = 0;
        Matcher blank = BLANK_LINE.matcher(guarded);
        while (from <= guarded.length()) {
            int to = blank.find(from) ? blank.start() : guarded.length();
            int before = sentences.size();
            for (int[] span : sentenceSpans(guarded, from, to)) {
                List<Token> tokens = tokens(text, guarded, span[0], span[1]);
                if (tokens.isEmpty()) {
                    continue;
                }
                int start = tokens.get(0).start();
                int end = tokens.get(tokens.size() - 1).end();
                sentences.add(new Sentence(sentences.size(), paragraph, start, end, text.substring(start, end), tokens,
                        List.of()));
            }
            if (sentences.size() > before) {
                paragraph++;
            }
            if (to == guarded.length()) {
                break;
            }
            from = blank.end();
        }
        List<Token> titleTokens = title == null || title.isBlank() ? List.of()
                : tokens(title, TextGuard.prepare(title, false), 0, title.length());
        return new Article(text, title, titleTokens, sentences);
    }

    /** The sentences of one paragraph, as [start, end) spans of the text. */
    private List<int[]> sentenceSpans(String text, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        it.setText(text.substring(from, to));
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = from + start;
            Matcher glued = GLUED.matcher(text).region(s, from + end);
            while (glued.find()) {
                spans.add(new int[] {s, glued.end()});
                s = glued.end();
            }
            spans.add(new int[] {s, from + end});
        }
        return spans;
    }

    /**
     * The words of [from, to), with stems, stop words and coarse tags, and the punctuation around them, so that a
     * sentence ends after its closing mark.
     */
    private List<Token> tokens(String text, String guarded, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        try (StandardTokenizer words = new StandardTokenizer()) {
            words.setReader(new StringReader(guarded.substring(from, to)));
            CharTermAttribute term = words.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = words.addAttribute(OffsetAttribute.class);
            TypeAttribute type = words.addAttribute(TypeAttribute.class);
            words.reset();
            boolean first = true;
            int previousEnd = from;
            while (words.incrementToken()) {
                int start = from + offset.startOffset();
                int end = from + offset.endOffset();
                punctuation(text, previousEnd, start, tokens);
                previousEnd = end;
                String word = text.substring(start, end);
                String stem = stem(term.toString());
                String tag;
                if (type.type().equals("<NUM>")) {
                    tag = "CD";
                } else if (stem == null) {
                    tag = "DT";
                } else if (!first && Character.isUpperCase(word.codePointAt(0))
                        && !CAPITALISED_NOUNS.contains(language)) {
                    tag = "NNP";
                } else {
                    tag = "NN";
                }
                String lemma = stem != null ? stem : word.toLowerCase(locale);
                tokens.add(new Token(word, lemma, tag, "O", start, end));
                first = false;
            }
            words.end();
            punctuation(text, previousEnd, to, tokens);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * The punctuation between two words, as tokens tagged as CoreNLP tags it ({@code ,} {@code .} {@code :}), so
     * that a keyword phrase never runs across a comma.
     */
    private static void punctuation(String text, int from, int to, List<Token> tokens) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isLetterOrDigit(c)) {
                continue;
            }
            String mark = String.valueOf(c);
            String tag = c == ',' ? "," : c == '.' || c == '!' || c == '?' ? "." : ":";
            tokens.add(new Token(mark, mark, tag, "O", i, i + 1));
        }
    }

    /**
     * The word's stem by the language's analyzer; {@code null} for a stop word, which the analyzer drops. A German
     * word spelt with "ss" is also tried in the older spelling with "ß", which Lucene's German stop list uses
     * ("dass", "daß").
     */
    private String stem(String word) {
        String stem = analyse(word);
        if (stem != null && language.equals("de") && word.contains("ss") && analyse(word.replace("ss", "ß")) == null) {
            return null;
        }
        return stem;
    }

    private String analyse(String word) {
        try (TokenStream ts = analyzer.tokenStream("", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String stem = ts.incrementToken() ? term.toString() : null;
            ts.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
