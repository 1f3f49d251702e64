package org.nutgraf.claims;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClaimTypesTest {

    private static ClaimType type(String tagged) {
        var s = Tagged.sentence(tagged);
        return ClaimTypes.of(s, Quantities.in(s));
    }

    @Test
    void theFutureIsAPredictionEvenWithANumber() {
        assertEquals(ClaimType.PREDICTION, type("We/PRP will/MD cut/VB taxes/NNS by/IN 10/CD %/NN ./."));
        assertEquals(ClaimType.PREDICTION, type("Economists/NNS expect/VBP/expect growth/NN to/TO slow/VB ./."));
        assertEquals(ClaimType.PREDICTION, type("Analysts/NNS project/VBP/project a/DT deficit/NN ./."));
    }

    @Test
    void projectsAsANounAreNoForecast() {
        assertEquals(ClaimType.OTHER, type("The/DT money/NN went/VBD/go to/TO worthwhile/JJ projects/NNS/project ./."));
    }

    @Test
    void numbersAndComparisonsAreQuantities() {
        assertEquals(ClaimType.QUANTITY, type("Unemployment/NN rose/VBD/rise to/TO 27/CD %/NN ./."));
        assertEquals(ClaimType.QUANTITY, type("It/PRP is/VBZ/be the/DT largest/JJS/large country/NN in/IN Asia/NNP ./."));
    }

    @Test
    void causesAreCausal() {
        assertEquals(ClaimType.CAUSAL, type("The/DT drought/NN caused/VBD/cause the/DT famine/NN ./."));
        assertEquals(ClaimType.CAUSAL, type("The/DT cuts/NNS/cut led/VBD/lead to/TO closures/NNS/closure ./."));
    }

    @Test
    void lawsAndRulesAreRules() {
        assertEquals(ClaimType.RULE, type("The/DT law/NN bans/VBZ/ban smoking/NN in/IN pubs/NNS/pub ./."));
    }

    @Test
    void whatTheWriterLivedIsPersonalExperience() {
        assertEquals(ClaimType.PERSONAL_EXPERIENCE, type("I/PRP worked/VBD/work there/RB for/IN years/NNS/year ./."));
    }

    @Test
    void anythingElseIsOther() {
        assertEquals(ClaimType.OTHER, type("Russians/NNPS are/VBP/be hostile/JJ to/TO new/JJ interventions/NNS ./."));
    }
}
