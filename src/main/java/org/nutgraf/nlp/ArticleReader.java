package org.nutgraf.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.nutgraf.article.Article;
import org.nutgraf.article.Entity;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads text into an {@link Article} with one CoreNLP pipeline, built once and shared.
 * Thread-safe: CoreNLP's {@code annotate} may be called from many threads at once, as its own server does.
 */
public final class ArticleReader implements Reader {

    private final StanfordCoreNLP pipeline;
    private final List<String> annotators;
    private final long loadMillis;

    private ArticleReader(StanfordCoreNLP pipeline, List<String> annotators, long loadMillis) {
        this.pipeline = pipeline;
        this.annotators = annotators;
        this.loadMillis = loadMillis;
    }

    /**
     * Builds the pipeline and loads its models; slow (seconds), so done once.
     *
     * @param annotators CoreNLP annotator names, comma-separated
     * @param overrides  CoreNLP properties that replace Nutgraf's defaults
     * @throws IllegalArgumentException when CoreNLP rejects the annotators or a property, with its message
     */
    public static ArticleReader load(String annotators, Map<String, String> overrides) {
        return load(new PipelineSettings(annotators, overrides));
    }

    /** Builds the pipeline these settings describe; see {@link #load(String, Map)}. */
    public static ArticleReader load(PipelineSettings settings) {
        List<String> names = settings.annotatorNames();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("nutgraf.nlp.annotators is empty: name at least tokenize,ssplit");
        }
        Properties props = settings.coreNlpProperties();
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline;
        try {
            pipeline = new StanfordCoreNLP(props);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("CoreNLP could not build the pipeline '" + String.join(",", names)
                    + "': " + e.getMessage(), e);
        }
        return new ArticleReader(pipeline, names, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The annotators this pipeline runs, in order. */
    @Override
    public List<String> annotators() {
        return annotators;
    }

    /** How long building the pipeline took, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }

    /**
     * Annotates an article and its headline.
     *
     * @param text  the article text; offsets in the result point into it
     * @param title the headline, or null or empty for none
     */
    @Override
    public Article read(String text, String title) {
        List<Sentence> sentences = new ArrayList<>();
        String prepared = TextGuard.prepare(text);
        Annotation doc = annotate(prepared);
        if (Thread.currentThread().isInterrupted()) {
            // the request's time budget ran out while CoreNLP worked: nobody will read the rest
            throw new java.util.concurrent.CancellationException("interrupted");
        }
        int paragraph = 0;
        int previousEnd = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = tokens(text, s.get(CoreAnnotations.TokensAnnotation.class));
            if (tokens.isEmpty()) {
                continue;
            }
            List<Entity> entities = entities(text, s.get(CoreAnnotations.MentionsAnnotation.class));
            List<Integer> cuts = new ArrayList<>(GlueSplits.starts(tokens, text, prepared));
            cuts.add(tokens.size());
            int from = 0;
            for (int to : cuts) {
                List<Token> piece = withGluedStop(text, prepared, tokens.subList(from, to));
                from = to;
                int start = piece.get(0).start();
                int end = piece.get(piece.size() - 1).end();
                if (!sentences.isEmpty() && text.substring(previousEnd, start).indexOf('\n') >= 0) {
                    paragraph++;
                }
                List<Entity> held = entities.stream().filter(e -> e.start() >= start && e.start() < end).toList();
                sentences.add(new Sentence(sentences.size(), paragraph, start, end, text.substring(start, end), piece,
                        held));
                previousEnd = end;
            }
        }
        List<Token> titleTokens = List.of();
        if (title != null && !title.isBlank()) {
            titleTokens = new ArrayList<>();
            for (CoreMap s : annotate(TextGuard.prepare(title)).get(CoreAnnotations.SentencesAnnotation.class)) {
                titleTokens.addAll(tokens(title, s.get(CoreAnnotations.TokensAnnotation.class)));
            }
        }
        return new Article(text, title, titleTokens, sentences);
    }

    private Annotation annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc;
    }

    /** The entity mentions CoreNLP's NER built for a sentence; none when the pipeline has no {@code ner}. */
    private static List<Entity> entities(String text, List<CoreMap> mentions) {
        if (mentions == null || mentions.isEmpty()) {
            return List.of();
        }
        List<Entity> entities = new ArrayList<>(mentions.size());
        for (CoreMap m : mentions) {
            List<CoreLabel> words = m.get(CoreAnnotations.TokensAnnotation.class);
            // CoreNLP adds "he", "his"... as PERSON mentions for its quote attribution; they name no one.
            if (words != null && !words.isEmpty() && words.stream().allMatch(w -> w.tag() != null && w.tag().startsWith("PRP"))) {
                continue;
            }
            int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            entities.add(new Entity(text.substring(begin, end), m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                    m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), begin, end));
        }
        return entities;
    }

    /**
     * The tokens of a sentence, with the stop that ends it when {@link TextGuard} hid that stop from CoreNLP because
     * it was glued to the next sentence ({@code "earliest.The"}): the sentence keeps its full stop.
     */
    private static List<Token> withGluedStop(String text, String prepared, List<Token> tokens) {
        int at = tokens.get(tokens.size() - 1).end();
        if (at >= text.length() || text.charAt(at) == prepared.charAt(at) || !TextGuard.isGluedStop(text, at)) {
            return tokens;
        }
        String stop = String.valueOf(text.charAt(at));
        List<Token> withStop = new ArrayList<>(tokens);
        withStop.add(new Token(stop, stop, ".", "O", at, at + 1));
        return withStop;
    }

    private static List<Token> tokens(String text, List<CoreLabel> labels) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            String word = text.substring(l.beginPosition(), l.endPosition());
            String lemma = l.lemma() != null ? l.lemma() : word;
            tokens.add(new Token(word, lemma.toLowerCase(Locale.ROOT), l.tag() == null ? "" : l.tag(),
                    l.ner() == null ? "O" : l.ner(), l.beginPosition(), l.endPosition()));
        }
        return tokens;
    }
}
