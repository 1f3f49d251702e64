package org.nutgraf.entities;

import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.article.Entity;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entities from an article's NER mentions: one per name, people merged by surname, acronyms the text defines. */
class EntitiesTest {

    private static final Pattern MARK = Pattern.compile("\\[([A-Z_]+) ([^\\]]+)]");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-‐][\\p{L}\\p{N}]+)*|\\S");

    /**
     * An article built by hand, one sentence a line, its NER mentions marked as the recogniser would have found
     * them: {@code [PERSON Ana Ruiz] spoke.}
     */
    private static Article article(String marked) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (String line : marked.split("\n")) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int lineStart = text.length();
            List<Entity> entities = new ArrayList<>();
            Matcher m = MARK.matcher(line);
            int last = 0;
            while (m.find()) {
                text.append(line, last, m.start());
                int start = text.length();
                text.append(m.group(2));
                entities.add(new Entity(m.group(2), m.group(1), "", start, text.length()));
                last = m.end();
            }
            text.append(line.substring(last));
            String sentence = text.substring(lineStart);
            List<Token> tokens = new ArrayList<>();
            Matcher t = TOKEN.matcher(sentence);
            while (t.find()) {
                tokens.add(new Token(t.group(), t.group().toLowerCase(Locale.ROOT), "NN", "O", lineStart + t.start(),
                        lineStart + t.end()));
            }
            sentences.add(new Sentence(sentences.size(), sentences.size(), lineStart, text.length(), sentence, tokens,
                    entities));
        }
        return new Article(text.toString(), "", List.of(), sentences);
    }

    private static NamedEntity named(List<NamedEntity> entities, String text) {
        return entities.stream().filter(e -> e.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + text + " in " + entities));
    }

    /** Each mention's offsets cut its text out of the article. */
    private static void assertOffsetsTrue(Article article, List<NamedEntity> entities) {
        for (NamedEntity e : entities) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), article.text().substring(m.start(), m.end()), m.toString());
            }
            assertEquals(e.mentions().get(0).start(), e.firstOffset());
        }
    }

    @Test
    void anAbbreviationJoinsTheOneNameWhoseInitialsItSpellsDefinedOrNot() {
        Article a = article("""
                The [LOCATION United States] and the [ORGANIZATION United Nations] met in [LOCATION Geneva].
                [LOCATION U.S.] officials said the [ORGANIZATION U.N.] would vote, and [LOCATION US] aid would follow.""");
        List<NamedEntity> entities = Entities.in(a);
        assertEquals(List.of("United States", "U.S.", "US"),
                named(entities, "United States").mentions().stream().map(Mention::text).toList());
        assertEquals(List.of("United Nations", "U.N."),
                named(entities, "United Nations").mentions().stream().map(Mention::text).toList());
        assertEquals(3, entities.size(), entities::toString);
        assertOffsetsTrue(a, entities);
    }

    @Test
    void anAbbreviationTwoNamesCouldStandForStaysApart() {
        Article a = article("""
                The [ORGANIZATION United Nations] and [ORGANIZATION Urban Networks] signed a deal.
                The [ORGANIZATION UN] will pay.""");
        assertEquals(3, Entities.in(a).size());
    }

    @Test
    void aNameTheArticleUsesAloneIsFoundInsideAHyphenatedWord() {
        Article a = article("""
                The bloc is Russia-dominated, critics say, and pro-Russia voices agree.
                [LOCATION Russia] sent troops.""");
        NamedEntity russia = named(Entities.in(a), "Russia");
        assertEquals(3, russia.count(), russia::toString);
        assertEquals(a.text().indexOf("Russia"), russia.firstOffset());
        assertOffsetsTrue(a, Entities.in(a));
    }

    @Test
    void aPersonNamedInFullAndThenBySurnameIsOnePerson() {
        Article a = article("""
                President [PERSON Kassym-Jomart Tokayev] asked for help.
                [PERSON Tokayev] said order was restored.
                Critics say [PERSON Tokayev]’s grip is weaker than it looks.""");
        List<NamedEntity> entities = Entities.in(a);
        assertEquals(1, entities.size(), entities::toString);
        NamedEntity tokayev = entities.get(0);
        assertEquals("PERSON", tokayev.type());
        assertEquals("Kassym-Jomart Tokayev", tokayev.text());
        assertEquals(3, tokayev.count());
        assertEquals(List.of("Kassym-Jomart Tokayev", "Tokayev", "Tokayev"),
                tokayev.mentions().stream().map(Mention::text).toList());
        assertEquals(a.text().indexOf("Kassym"), tokayev.firstOffset());
        assertEquals(a.text().lastIndexOf("Tokayev"), tokayev.mentions().get(2).start());
        assertOffsetsTrue(a, entities);
    }

    @Test
    void theSurnameJoinsThePersonEvenWhenItComesFirst() {
        Article a = article("""
                [PERSON Putin] gambles on the steppe.
                [PERSON Vladimir Putin] sent troops within days.""");
        List<NamedEntity> entities = Entities.in(a);
        assertEquals(1, entities.size(), entities::toString);
        assertEquals("Vladimir Putin", entities.get(0).text());
        assertEquals(0, entities.get(0).firstOffset());
        assertEquals(2, entities.get(0).count());
    }

    @Test
    void aSurnameIsMatchedWhateverTheCaseOfItsParticle() {
        Article a = article("""
                Union negotiator [PERSON Marieke van Dijk] rejected the offer.
                [PERSON Van Dijk] said the strike would last two days.""");
        List<NamedEntity> entities = Entities.in(a);
        assertEquals(1, entities.size(), entities::toString);
        assertEquals("Marieke van Dijk", entities.get(0).text());
        assertEquals(List.of("Marieke van Dijk", "Van Dijk"),
                entities.get(0).mentions().stream().map(Mention::text).toList());
    }

    @Test
    void aSurnameTwoPeopleShareStaysApart() {
        Article a = article("""
                [PERSON Ruth Okafor] and her brother [PERSON Daniel Okafor] founded the bakery.
                [PERSON Okafor] said the ovens came from Lyon.""");
        List<NamedEntity> entities = Entities.in(a);
        assertEquals(List.of("Ruth Okafor", "Daniel Okafor", "Okafor"), entities.stream().map(NamedEntity::text).toList());
        entities.forEach(e -> assertEquals(1, e.count()));
    }

    @Test
    void aFirstNameAloneIsNotMergedWithTheFullName() {
        Article a = article("""
                [PERSON Priya Desai] leads the council.
                [PERSON Priya] was not available.""");
        assertEquals(List.of("Priya Desai", "Priya"), Entities.in(a).stream().map(NamedEntity::text).toList());
    }

    @Test
    void anAcronymTheArticleDefinesJoinsItsFullNameWhereverItStands() {
        Article a = article("""
                The [ORGANIZATION Collective Security Treaty Organization] (CSTO) approved a mission.
                The CSTO has six members.
                Diplomats said the [ORGANIZATION CSTO] had never intervened before.""");
        List<NamedEntity> entities = Entities.in(a);
        assertEquals(1, entities.size(), entities::toString);
        NamedEntity csto = entities.get(0);
        assertEquals("ORGANIZATION", csto.type());
        assertEquals("Collective Security Treaty Organization", csto.text());
        assertEquals(List.of("Collective Security Treaty Organization", "CSTO", "CSTO", "CSTO"),
                csto.mentions().stream().map(Mention::text).toList());
        assertEquals(a.text().indexOf("(CSTO)") + 1, csto.mentions().get(1).start());
        assertOffsetsTrue(a, entities);
    }

    @Test
    void anAcronymWithinAnotherNameBelongsToThatName() {
        Article a = article("""
                The [ORGANIZATION Collective Security Treaty Organization] (CSTO) approved a mission.
                Orders came from the [ORGANIZATION CSTO Joint Staff] in Moscow.""");
        List<NamedEntity> entities = Entities.in(a);
        assertEquals(List.of("Collective Security Treaty Organization", "CSTO"),
                named(entities, "Collective Security Treaty Organization").mentions().stream().map(Mention::text).toList());
        assertEquals(1, named(entities, "CSTO Joint Staff").count());
    }

    @Test
    void initialsSkipLowerCaseWordsAndSplitHyphens() {
        assertEquals("OPEC", Entities.initials("Organization of the Petroleum Exporting Countries"));
        assertEquals("APEC", Entities.initials("Asia-Pacific Economic Cooperation"));
    }

    @Test
    void bracketedCapitalsThatAreNotTheNamesInitialsAreNoAcronym() {
        Article a = article("""
                The [ORGANIZATION World Bank] (IMF figures differ) lent more.
                The IMF declined to comment.""");
        List<NamedEntity> entities = Entities.in(a);
        assertEquals(List.of("World Bank"), entities.stream().map(NamedEntity::text).toList());
        Article b = article("The [ORGANIZATION World Bank] (IMF) lent more.");
        assertEquals(List.of("World Bank"), Entities.in(b).stream().map(NamedEntity::text).toList());
        assertEquals(1, Entities.in(b).get(0).count());
    }

    @Test
    void aNameGivenTwoClassesTakesTheClassMostOfItsMentionsHave() {
        Article a = article("""
                The [ORGANIZATION EU] met in March.
                Trade with the [LOCATION EU] fell.
                Exports to the [LOCATION EU] rose again.
                [PERSON Riverton] and [LOCATION Riverton] disagree.""");
        List<NamedEntity> entities = Entities.in(a);
        assertEquals("LOCATION", named(entities, "EU").type());
        assertEquals(3, named(entities, "EU").count());
        // a tie goes to the first mention's class
        assertEquals("PERSON", named(entities, "Riverton").type());
    }

    @Test
    void numbersDatesAndTitlesAreNotListed() {
        Article a = article("""
                On [DATE Tuesday] [TITLE Mayor] [PERSON Ana Ruiz] said [PERCENT 12%] of [NUMBER 400] homes in [LOCATION Marsh End] flooded.""");
        assertEquals(List.of("PERSON:Ana Ruiz", "LOCATION:Marsh End"),
                Entities.in(a).stream().map(e -> e.type() + ":" + e.text()).toList());
    }

    @Test
    void theMostNamedComeFirstThenByFirstMention() {
        Article a = article("""
                [PERSON Ana Ruiz] flew from [LOCATION Lima] to [LOCATION Quito].
                In [LOCATION Quito] she met the [ORGANIZATION Andean Council].
                [LOCATION Quito] and [LOCATION Lima] signed.""");
        assertEquals(List.of("Quito", "Lima", "Ana Ruiz", "Andean Council"),
                Entities.in(a).stream().map(NamedEntity::text).toList());
    }

    @Test
    void anArticleReadWithoutNerHasNoEntities() {
        Article a = article("Plain words with no marks at all.");
        assertTrue(Entities.in(a).isEmpty());
    }
}
