package org.nutgraf.claims;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimFeaturesTest {

    @Test
    void aQuotedPredictionWithAPercentFiresItsSignals() {
        Set<String> f = ClaimFeatures.of(Tagged.sentence(
                "``/`` We/PRP will/MD cut/VB taxes/NNS/tax by/IN 10/CD %/NN ,/, ''/'' the/DT minister/NN said/VBD/say ./."));
        for (String expected : Set.of("bias", "future", "modal", "past", "person:1p", "quantity", "quantity:PERCENT",
                "attributed", "u:tax", "u:<num>", "b:<num>_%", "len:5-9", "t:MD", "x:future&quantity:PERCENT")) {
            assertTrue(f.contains(expected), () -> expected + " missing from " + f);
        }
        assertFalse(f.contains("question"));
        assertFalse(f.contains("hedge"));
    }

    @Test
    void hedgesQuestionsAndComparisonsAreSeen() {
        Set<String> f = ClaimFeatures.of(Tagged.sentence(
                "Could/MD/could prices/NNS/price reportedly/RB be/VB/be higher/JJR/high than/IN before/RB ?/."));
        assertTrue(f.containsAll(Set.of("hedge", "question", "comparative", "comparison:than", "len:5-9")), f::toString);
    }

    @Test
    void featuresComeSortedSoTrainingIsRepeatable() {
        var f = ClaimFeatures.of(Tagged.sentence("I/PRP voted/VBD/vote in/IN 2019/CD ./."));
        assertTrue(f.contains("person:1s") && f.contains("quantity:DATE"));
        assertTrue(f instanceof java.util.SortedSet);
    }

    @Test
    void namesFoldIntoOneUnitSoNoWeightCanBelongToAPerson() {
        Set<String> f = ClaimFeatures.of(Tagged.sentence(
                "Mr./NNP Trump/NNP voted/VBD/vote against/IN the/DT bill/NN in/IN Ohio/NNP ./."));
        assertTrue(f.containsAll(Set.of("u:<name>", "b:<s>_<name>", "b:<name>_vote", "3:<name>_vote_against",
                "b:in_<name>")), f::toString);
        assertTrue(f.stream().noneMatch(n -> n.contains("trump") || n.contains("ohio") || n.contains("mr.")),
                f::toString);
    }

    @Test
    void transcriptStageDirectionsAreLeftOutButAsidesStay() {
        Set<String> cue = ClaimFeatures.of(Tagged.sentence(
                "We/PRP cut/VBD taxes/NNS/tax (/-LRB- APPLAUSE/NN )/-RRB- ./."));
        assertTrue(cue.stream().noneMatch(n -> n.contains("applause")), cue::toString);
        assertTrue(cue.contains("b:tax_."), cue::toString);
        Set<String> lowerCase = ClaimFeatures.of(Tagged.sentence(
                "We/PRP cut/VBD taxes/NNS/tax (/-LRB- laughter/NN and/CC applause/NN )/-RRB- ./."));
        assertTrue(lowerCase.stream().noneMatch(n -> n.contains("applause") || n.contains("laughter")),
                lowerCase::toString);
        Set<String> aside = ClaimFeatures.of(Tagged.sentence(
                "We/PRP cut/VBD taxes/NNS/tax (/-LRB- up/RB from/IN 27/CD percent/NN )/-RRB- ./."));
        assertTrue(aside.contains("u:percent"), aside::toString);
    }
}
