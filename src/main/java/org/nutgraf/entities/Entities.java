package org.nutgraf.entities;

import org.nutgraf.article.Article;
import org.nutgraf.article.Entity;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distinct people, organisations and places of an article, from the named-entity mentions its reader found.
 * Mentions of the same name are one entity; a person named in full once and by surname later is one person;
 * an acronym the article defines ("Collective Security Treaty Organization (CSTO)") is one organisation with its
 * full name. Nothing is looked up outside the article. Stateless and thread-safe.
 */
public final class Entities {

    /**
     * The recogniser's classes of names, which are listed; its numbers, dates, titles and the like are not. The
     * 3-class model the service bundles gives the first three; the rest come from CoreNLP's fine-grained classes,
     * for a pipeline configured with them.
     */
    public static final Set<String> NAME_CLASSES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "CITY",
            "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY", "RELIGION");

    static final String PERSON = "PERSON";

    /** An acronym in brackets straight after a name: "... Organization (CSTO)". */
    private static final Pattern DEFINITION = Pattern.compile("[ \\t\\u00A0]?\\(([A-Z]{2,10})\\)");
    private static final Pattern WORDS = Pattern.compile("[\\s\\-‐‑]+");
    private static final Pattern HYPHENS = Pattern.compile("[-‐]");
    /** Capitals with a full stop after each ("U.S.", "U.N."), or two to five capitals ("US", "NATO"). */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{Lu}{2,5}");

    private Entities() {
    }

    /**
     * The entities of an article, most often named first, then in order of first mention; empty when its reader
     * ran no named-entity recognition.
     */
    public static List<NamedEntity> in(Article article) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            for (Entity e : s.entities()) {
                if (NAME_CLASSES.contains(e.kind())) {
                    mentions.add(new Mention(e.text(), e.kind(), e.start(), e.end()));
                }
            }
        }
        if (mentions.isEmpty()) {
            return List.of();
        }
        Map<String, Mention> acronyms = acronyms(article.text(), mentions);
        mentions.addAll(unnamedUses(article, acronyms, mentions));
        mentions.addAll(hyphenatedUses(article, mentions));
        mentions.sort(Comparator.comparingInt(Mention::start));

        // one group per name as written, in order of first mention
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byName.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(m);
        }
        acronyms.forEach((acronym, definer) -> {
            List<Mention> full = byName.get(definer.text());
            if (full != null && byName.containsKey(acronym)) {
                full.addAll(byName.remove(acronym));
            }
        });
        mergeAbbreviations(byName);
        List<List<Mention>> groups = mergeSurnames(byName);

        List<NamedEntity> entities = new ArrayList<>(groups.size());
        for (List<Mention> group : groups) {
            group.sort(Comparator.comparingInt(Mention::start));
            entities.add(new NamedEntity(type(group), fullest(group), group));
        }
        entities.sort(Comparator.comparingInt(NamedEntity::count).reversed()
                .thenComparingInt(NamedEntity::firstOffset));
        return List.copyOf(entities);
    }

    /** The acronyms the article defines, each with the first mention that defines it. */
    private static Map<String, Mention> acronyms(String text, List<Mention> mentions) {
        Map<String, Mention> acronyms = new LinkedHashMap<>();
        Matcher d = DEFINITION.matcher(text);
        for (Mention m : mentions) {
            if (m.kind().equals(PERSON) || m.end() >= text.length()) {
                continue;
            }
            d.region(m.end(), text.length());
            if (d.lookingAt() && d.group(1).equals(initials(m.text()))) {
                acronyms.putIfAbsent(d.group(1), m);
            }
        }
        return acronyms;
    }

    /** The initials of a name's capitalised words: "Organization of the Petroleum Exporting Countries" is OPEC. */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : WORDS.split(name)) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /**
     * Where a one-word name the recogniser found elsewhere in the article stands as a part of a hyphenated word it
     * did not name: "Russia" in "Russia-dominated", "Kazakhstan" in "pro-Kazakhstan".
     */
    private static List<Mention> hyphenatedUses(Article article, List<Mention> named) {
        Map<String, String> oneWord = new HashMap<>();
        for (Mention m : named) {
            if (!m.text().isEmpty() && m.text().chars().allMatch(Character::isLetter)) {
                oneWord.putIfAbsent(m.text(), m.kind());
            }
        }
        if (oneWord.isEmpty()) {
            return List.of();
        }
        List<Mention> byStart = named.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
        List<Mention> uses = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            for (Token t : s.tokens()) {
                // a word whose text is not the article's (a tokenizer's normalised form) has no offsets for its parts
                if (!HYPHENS.matcher(t.word()).find() || t.word().length() != t.end() - t.start()
                        || covered(byStart, t)) {
                    continue;
                }
                int from = 0;
                for (String part : HYPHENS.split(t.word(), -1)) {
                    String kind = oneWord.get(part);
                    if (kind != null) {
                        uses.add(new Mention(part, kind, t.start() + from, t.start() + from + part.length()));
                    }
                    from += part.length() + 1;
                }
            }
        }
        return uses;
    }

    /**
     * Folds an abbreviation into the one name of the article whose initials it spells, whether or not the article
     * defines it: "U.S." and "US" join "United States", "U.N." joins "United Nations". People are never folded, and
     * an abbreviation two names could stand for stays apart.
     */
    private static void mergeAbbreviations(Map<String, List<Mention>> byName) {
        for (String name : List.copyOf(byName.keySet())) {
            List<Mention> group = byName.get(name);
            if (group == null || !ABBREVIATION.matcher(name).matches() || type(group).equals(PERSON)) {
                continue;
            }
            String letters = name.replace(".", "");
            List<String> full = byName.keySet().stream().filter(other -> !other.equals(name)
                    && WORDS.split(other.strip()).length > 1 && !type(byName.get(other)).equals(PERSON)
                    && initials(other).equals(letters)).toList();
            if (full.size() == 1) {
                byName.get(full.get(0)).addAll(byName.remove(name));
            }
        }
    }

    /** Where a defined acronym stands as a word the recogniser did not name (in its definition, at least). */
    private static List<Mention> unnamedUses(Article article, Map<String, Mention> acronyms, List<Mention> named) {
        if (acronyms.isEmpty()) {
            return List.of();
        }
        // the recogniser's mentions do not overlap: by start, the one that could cover a word is the last before its end
        List<Mention> byStart = named.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
        List<Mention> uses = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            for (Token t : s.tokens()) {
                Mention definer = acronyms.get(t.word());
                if (definer != null && !covered(byStart, t)) {
                    uses.add(new Mention(t.word(), definer.kind(), t.start(), t.end()));
                }
            }
        }
        return uses;
    }

    private static boolean covered(List<Mention> byStart, Token t) {
        int lo = 0;
        int hi = byStart.size() - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart.get(mid).start() < t.end()) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last >= 0 && byStart.get(last).end() > t.start();
    }

    /**
     * Folds each person named by surname (or by the last words of a name) into the one person named in full whose
     * name ends so, whatever the case: "Tokayev" joins "Kassym-Jomart Tokayev", "Van Dijk" joins "Marieke van
     * Dijk". A surname that two people share stays apart, as the article does not say which of them it is.
     */
    private static List<List<Mention>> mergeSurnames(Map<String, List<Mention>> byName) {
        List<List<Mention>> people = new ArrayList<>(byName.values().stream().filter(g -> type(g).equals(PERSON)).toList());
        // longest names first, so each shorter one meets every full name it could belong to
        people.sort(Comparator.comparingInt((List<Mention> g) -> words(g.get(0).text()).length).reversed()
                .thenComparing(Comparator.comparingInt((List<Mention> g) -> g.get(0).text().length()).reversed()));
        record Person(String[] name, List<Mention> mentions) {
        }
        // by surname, so a name is compared only with those it could end
        Map<String, List<Person>> bySurname = new HashMap<>();
        Set<List<Mention>> folded = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Mention> mentions : people) {
            String[] name = words(mentions.get(0).text());
            List<Person> sameSurname = bySurname.computeIfAbsent(name[name.length - 1], k -> new ArrayList<>());
            List<Person> matches = sameSurname.stream().filter(p -> endsWith(p.name(), name)).toList();
            if (matches.size() == 1) {
                matches.get(0).mentions().addAll(mentions);
                folded.add(mentions);
            } else {
                sameSurname.add(new Person(name, mentions));
            }
        }
        return byName.values().stream().filter(g -> !folded.contains(g)).toList();
    }

    /** A name's words, lower-cased: a surname is the same name at the start of a sentence ("Van Dijk"). */
    private static String[] words(String name) {
        return name.strip().toLowerCase(Locale.ROOT).split("\\s+");
    }

    /** Whether {@code name} is the last words of the longer {@code full}. */
    private static boolean endsWith(String[] full, String[] name) {
        return name.length < full.length
                && Arrays.equals(name, Arrays.copyOfRange(full, full.length - name.length, full.length));
    }

    /** The class most mentions were given; on a tie, the earliest mention's of those tied. */
    private static String type(List<Mention> group) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        group.stream().sorted(Comparator.comparingInt(Mention::start))
                .forEach(m -> votes.merge(m.kind(), 1, Integer::sum));
        String best = null;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (best == null || v.getValue() > votes.get(best)) {
                best = v.getKey();
            }
        }
        return best;
    }

    /** The longest name written; on a tie, the first. */
    private static String fullest(List<Mention> group) {
        String fullest = group.get(0).text();
        for (Mention m : group) {
            if (m.text().length() > fullest.length()) {
                fullest = m.text();
            }
        }
        return fullest;
    }
}
