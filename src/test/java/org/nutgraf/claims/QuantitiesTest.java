package org.nutgraf.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantitiesTest {

    private static Signal only(String tagged, String kind) {
        List<Signal> found = Quantities.in(Tagged.sentence(tagged)).stream().filter(s -> s.kind().equals(kind)).toList();
        assertEquals(1, found.size(), () -> "expected one " + kind + " in " + found);
        return found.get(0);
    }

    @Test
    void aPercentSignBecomesAFraction() {
        Signal s = only("Unemployment/NN rose/VBD to/TO 27/CD %/NN ./.", "PERCENT");
        assertEquals("27%", s.text());
        assertEquals(0.27, s.value(), 1e-12);
    }

    @Test
    void percentAndPerCentInWordsCountToo() {
        assertEquals(0.1, only("Prices/NNS fell/VBD 10/CD per/IN cent/NN ./.", "PERCENT").value(), 1e-12);
        assertEquals(0.035, only("It/PRP grew/VBD 3.5/CD percent/NN ./.", "PERCENT").value(), 1e-12);
    }

    @Test
    void moneyKeepsItsCurrencyAndScale() {
        Signal s = only("The/DT council/NN spent/VBD £/$ 40/CD million/CD on/IN roads/NNS ./.", "MONEY");
        assertEquals(40_000_000, s.value(), 1e-6);
        assertEquals("GBP", s.unit());
        assertEquals("£40 million", s.text());
        Signal bn = only("a/DT $/$ 1.5bn/CD deal/NN", "MONEY");
        assertEquals(1.5e9, bn.value(), 1e-3);
        assertEquals("USD", bn.unit());
    }

    @Test
    void currencyWordsAfterTheNumberMakeMoney() {
        Signal s = only("They/PRP paid/VBD 300/CD dollars/NNS/dollar each/DT ./.", "MONEY");
        assertEquals(300, s.value(), 1e-9);
        assertEquals("USD", s.unit());
    }

    @Test
    void countsInDigitsAndWordsAreNumbers() {
        assertEquals(1200, only("Some/DT 1,200/CD jobs/NNS went/VBD", "NUMBER").value(), 1e-9);
        assertEquals(3_000_000, only("three/CD million/CD people/NNS voted/VBD", "NUMBER").value(), 1e-6);
    }

    @Test
    void aSpelledOutNumberInAHyphenatedModifierIsNotACount() {
        assertTrue(Quantities.in(Tagged.sentence("They/PRP avoided/VBD zero/CD ~-/HYPH ~sum/NN thinking/NN ./.")).isEmpty());
        assertTrue(Quantities.in(Tagged.sentence("a/DT one/CD ~-/HYPH ~sided/JJ deal/NN")).isEmpty());
        assertEquals(3, only("a/DT three/CD ~-/HYPH ~year/NN/year deal/NN", "NUMBER").value(), 1e-9);
        assertEquals(2, only("two/CD ~-/HYPH ~thirds/NNS of/IN voters/NNS", "NUMBER").value(), 1e-9);
        // spaced, it is a count again; and digits always are
        assertEquals(1, Quantities.in(Tagged.sentence("zero/CD -/: sum/NN")).size());
        assertEquals(10, only("a/DT 10/CD ~-/HYPH ~point/NN lead/NN", "NUMBER").value(), 1e-9);
    }

    @Test
    void oneAsAPronounOrDeterminerIsNotACount() {
        assertTrue(Quantities.in(Tagged.sentence("It/PRP was/VBD the/DT one/CD area/NN of/IN accord/NN ./.")).isEmpty());
        assertTrue(Quantities.in(Tagged.sentence("one/CD of/IN the/DT reasons/NNS")).isEmpty());
        assertTrue(Quantities.in(Tagged.sentence("They/PRP helped/VBD one/CD another/DT ./.")).isEmpty());
        assertEquals(1, only("One/CD person/NN died/VBD ./.", "NUMBER").value(), 1e-9);
        assertEquals(1e6, only("one/CD million/CD people/NNS", "NUMBER").value(), 1e-6);
    }

    @Test
    void aNumberWordAfterTheOrAPossessivePointsBackAndIsNotACount() {
        assertTrue(Quantities.in(Tagged.sentence("on/IN which/WDT the/DT two/CD Republicans/NNPS disagree/VBP ./.")).isEmpty());
        assertTrue(Quantities.in(Tagged.sentence("his/PRP$ three/CD sons/NNS")).isEmpty());
        assertEquals(2, only("Two/CD Republicans/NNPS disagree/VBP ./.", "NUMBER").value(), 1e-9);
        assertEquals(2, only("the/DT 2/CD Republicans/NNPS", "NUMBER").value(), 1e-9);
        assertEquals(2e6, only("the/DT two/CD million/CD voters/NNS", "NUMBER").value(), 1e-6);
    }

    @Test
    void yearsMonthsAndRelativeTimesAreDatesNotNumbers() {
        List<Signal> s = Quantities.in(Tagged.sentence(
                "In/IN March/NNP 2024/CD and/CC again/RB next/JJ year/NN ,/, on/IN Tuesday/NNP ./."));
        assertEquals(List.of("March 2024", "next year", "Tuesday"), s.stream().map(Signal::text).toList());
        assertTrue(s.stream().allMatch(q -> q.kind().equals("DATE")));
        assertNull(s.get(0).value());
    }

    @Test
    void wordsThatAreNotNumbersAreLeftAlone() {
        // "one" tagged as a noun is a person here, not a count: no quantity of any kind
        assertEquals(List.of(), Quantities.in(Tagged.sentence("The/DT one/NN who/WP left/VBD was/VBD late/JJ ./.")));
        assertNull(Quantities.number("many"));
        assertEquals(12.5, Quantities.number("12.5"));
    }
}
