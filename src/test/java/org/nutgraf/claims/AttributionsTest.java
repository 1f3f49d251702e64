package org.nutgraf.claims;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttributionsTest {

    private static Attribution of(String tagged) {
        Optional<Attribution> a = Attributions.statedIn(Tagged.sentence(tagged));
        assertTrue(a.isPresent(), "no attribution in " + tagged);
        return a.get();
    }

    @Test
    void quoteThenSpeakerThenVerb() {
        Attribution a = of("``/`` We/PRP will/MD cut/VB taxes/NNS ,/, ''/'' the/DT minister/NN said/VBD/say ./.");
        assertEquals("the minister", a.speaker());
        assertEquals("said", a.verb());
    }

    @Test
    void quoteThenVerbThenSpeaker() {
        Attribution a = of("``/`` Prices/NNS are/VBP falling/VBG ,/, ''/'' said/VBD/say Jane/NNP Smith/NNP ./.");
        assertEquals("Jane Smith", a.speaker());
        assertEquals("said", a.verb());
    }

    @Test
    void speakerSaidThat() {
        Attribution a = of("The/DT central/JJ bank/NN warned/VBD/warn that/IN inflation/NN would/MD rise/VB ./.");
        assertEquals("The central bank", a.speaker());
        assertEquals("warned", a.verb());
    }

    @Test
    void accordingToNamesTheSource() {
        Attribution a = of("Crime/NN fell/VBD ,/, according/VBG to/TO the/DT Office/NNP for/IN National/NNP Statistics/NNPS ./.");
        assertEquals("the Office for National Statistics", a.speaker());
        assertEquals("according to", a.verb());
    }

    @Test
    void aPronounGivesTheVerbButNoSpeaker() {
        Attribution a = of("``/`` It/PRP is/VBZ wrong/JJ ,/, ''/'' he/PRP told/VBD/tell reporters/NNS ./.");
        assertNull(a.speaker());
        assertEquals("told", a.verb());
    }

    @Test
    void noReportingVerbNoAttribution() {
        assertTrue(Attributions.statedIn(Tagged.sentence("Taxes/NNS rose/VBD/rise by/IN 10/CD %/NN ./.")).isEmpty());
    }
}
