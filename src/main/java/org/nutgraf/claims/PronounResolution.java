package org.nutgraf.claims;

import org.nutgraf.article.Article;
import org.nutgraf.article.Entity;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who a pronoun speaker is: "he" and "she" resolved to the nearest person named before them, written as the article
 * named them most fully; "they" and "it", when the rule has {@link Attributions.Part#GROUP_PRONOUNS}, to a group or an
 * organisation named just before. A pronoun no one named before is dropped. Immutable and thread-safe.
 */
final class PronounResolution {

    /** How many sentences back a pronoun speaker is resolved. */
    private static final int RESOLVE_REACH = 20;
    /** How many sentences back "they" or "it" is resolved. */
    private static final int GROUP_REACH = 3;

    private final Function<Sentence, Optional<Attribution>> stated;
    private final Function<Sentence, List<Attribution>> every;
    private final boolean groups;

    /**
     * @param stated the first attribution a sentence states by itself
     * @param every  every attribution a sentence states
     * @param groups whether "they" and "it" are resolved, or dropped
     */
    PronounResolution(Function<Sentence, Optional<Attribution>> stated, Function<Sentence, List<Attribution>> every,
                      boolean groups) {
        this.stated = stated;
        this.every = every;
        this.groups = groups;
    }

    /**
     * Names the person an unresolved pronoun speaker refers to, or drops the pronoun when none is named before.
     * Going back sentence by sentence from the pronoun (at most {@value #RESOLVE_REACH}), the first sentence with a
     * candidate decides: the named speaker it states when that is a person, else its first person mention outside
     * quotation marks. A person the article calls "Mr." is not "she", one it calls "Mrs.", "Ms." or "Miss" not "he".
     */
    Attribution resolve(Article article, Attribution a) {
        if (a.pronoun() == null || a.speaker() != null) {
            return a;
        }
        String written = a.pronoun().toLowerCase(Locale.ROOT);
        String pronoun = Attributions.POSSESSIVE.getOrDefault(written, written);
        if (Attributions.GROUP.contains(pronoun)) {
            return groups ? resolveGroup(article, a, pronoun)
                    : new Attribution(null, a.verb(), a.start(), a.end());
        }
        List<Sentence> sentences = article.sentences();
        int at = sentenceAt(sentences, a.speakerStart());
        boolean female = pronoun.equals("she") || pronoun.equals("her");
        Entity person = null;
        for (int i = at; i >= 0 && i >= at - RESOLVE_REACH && person == null; i--) {
            Sentence s = sentences.get(i);
            List<Entity> people = s.entities().stream()
                    .filter(e -> e.kind().equals("PERSON") && e.end() <= a.speakerStart()
                            && !wrongGender(sentences, at, e, female)).toList();
            if (people.isEmpty()) {
                continue;
            }
            if (i < at) {
                Optional<Attribution> said = stated.apply(s);
                if (said.isPresent() && said.get().speaker() != null) {
                    Attribution sa = said.get();
                    person = people.stream().filter(e -> e.start() < sa.speakerEnd() && sa.speakerStart() < e.end())
                            .findFirst().orElse(null);
                }
            }
            if (person == null) {
                boolean[] quoted = Quotations.quoted(sentences, i);
                List<Token> t = s.tokens();
                for (Entity e : people) {
                    int k = 0;
                    while (k < t.size() && t.get(k).start() < e.start()) {
                        k++;
                    }
                    if (k < t.size() && !quoted[k]) {
                        person = e;
                        break;
                    }
                }
            }
        }
        if (person == null) {
            return new Attribution(null, a.verb(), a.start(), a.end());
        }
        return new Attribution(fullest(sentences, at, person), a.verb(), a.start(), a.end(), a.speakerStart(),
                a.speakerEnd(), a.pronoun());
    }

    /**
     * Names what "they" or "it" refers to, or drops the pronoun: going back from the pronoun at most
     * {@value #GROUP_REACH} sentences, within its paragraph and the one before, the first sentence with a candidate
     * decides: a speaker it states (not a pronoun) that agrees in number ("they": a plural noun or an organisation;
     * "it": an organisation), else, for "they", a plural noun phrase that opens it as subject, and for "it", an
     * organisation it names outside quotation marks. "we" is dropped: inside a quotation the quotation's speaker is
     * taken instead.
     */
    private Attribution resolveGroup(Article article, Attribution a, String pronoun) {
        Attribution dropped = new Attribution(null, a.verb(), a.start(), a.end());
        if (pronoun.equals("we")) {
            return dropped;
        }
        boolean plural = pronoun.equals("they");
        List<Sentence> sentences = article.sentences();
        int at = sentenceAt(sentences, a.speakerStart());
        int paragraph = sentences.get(at).paragraph();
        for (int i = at; i >= 0 && i >= at - GROUP_REACH && sentences.get(i).paragraph() >= paragraph - 1; i--) {
            Sentence s = sentences.get(i);
            List<Token> t = s.tokens();
            for (Attribution said : every.apply(s)) {
                if (said.speaker() == null || said.pronoun() != null || said.speakerEnd() > a.speakerStart()) {
                    continue;
                }
                int last = -1;
                for (int k = 0; k < t.size(); k++) {
                    if (t.get(k).end() <= said.speakerEnd() && t.get(k).start() >= said.speakerStart()
                            && t.get(k).tag().startsWith("NN")) {
                        last = k;
                    }
                }
                boolean organisation = last >= 0 && t.get(last).ner().equals("ORGANIZATION");
                boolean many = last >= 0 && (t.get(last).tag().equals("NNS") || t.get(last).tag().equals("NNPS"));
                if (organisation || plural && many) {
                    return named(a, said.speaker());
                }
            }
            if (i == at) {
                continue;
            }
            if (plural) {
                int end = Attributions.nounPhraseForward(t, 0);
                if (end > 0 && end < t.size() && (t.get(end - 1).tag().equals("NNS")
                        || t.get(end - 1).tag().equals("NNPS")) && (t.get(end).tag().startsWith("VB")
                        || t.get(end).tag().equals("MD"))) {
                    return named(a, Attributions.text(s, t, 0, end));
                }
            } else {
                boolean[] quoted = Quotations.quoted(sentences, i);
                for (Entity e : s.entities()) {
                    if (!e.kind().equals("ORGANIZATION")) {
                        continue;
                    }
                    int k = 0;
                    while (k < t.size() && t.get(k).start() < e.start()) {
                        k++;
                    }
                    if (k < t.size() && !quoted[k]) {
                        return named(a, e.text());
                    }
                }
            }
        }
        return dropped;
    }

    private static Attribution named(Attribution a, String speaker) {
        return new Attribution(speaker, a.verb(), a.start(), a.end(), a.speakerStart(), a.speakerEnd(), a.pronoun());
    }

    /** Whether the article gave the person a title of the other gender before sentence {@code at} ends. */
    private static boolean wrongGender(List<Sentence> sentences, int at, Entity person, boolean female) {
        String last = lastWord(person.text());
        for (int i = 0; i <= at; i++) {
            List<Token> t = sentences.get(i).tokens();
            for (int k = 0; k + 1 < t.size(); k++) {
                String title = t.get(k).word().toLowerCase(Locale.ROOT);
                boolean male = title.equals("mr.") || title.equals("mr");
                boolean woman = title.equals("mrs.") || title.equals("ms.") || title.equals("mrs")
                        || title.equals("ms") || title.equals("miss");
                if ((male || woman) && (female ? male : woman)) {
                    int j = k + 1;
                    while (j + 1 < t.size() && t.get(j + 1).tag().startsWith("NNP")) {
                        j++;
                    }
                    if (t.get(j).word().toLowerCase(Locale.ROOT).equals(last)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The longest PERSON mention up to sentence {@code at} that ends with the same word as {@code person}. */
    private static String fullest(List<Sentence> sentences, int at, Entity person) {
        String last = lastWord(person.text());
        String best = person.text();
        for (int i = 0; i <= at; i++) {
            for (Entity m : sentences.get(i).entities()) {
                if (m.kind().equals("PERSON") && m.end() <= person.end() && m.text().length() > best.length()
                        && lastWord(m.text()).equals(last)) {
                    best = m.text();
                }
            }
        }
        return best;
    }

    private static String lastWord(String name) {
        String[] words = name.split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
