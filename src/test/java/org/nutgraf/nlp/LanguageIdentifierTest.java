package org.nutgraf.nlp;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The detector's ISO 639-3 answers become the tags the rest of the service reads. */
class LanguageIdentifierTest {

    @Test
    void everyMacrolanguageMemberInTheTableIsALanguageTheModelAnswers() {
        Set<String> model = LanguageIdentifier.bundled().modelLanguages();
        for (String member : LanguageIdentifier.MACROLANGUAGE_MEMBERS.keySet()) {
            assertTrue(model.contains(member), member + " is not one of the model's languages");
        }
    }

    @Test
    void codesBecomeTwoLetterTagsWhereIso6391HasThem() {
        assertEquals("de", LanguageIdentifier.tag("deu"));
        assertEquals("et", LanguageIdentifier.tag("ekk"));
        assertEquals("zh", LanguageIdentifier.tag("cmn"));
        assertEquals("ceb", LanguageIdentifier.tag("ceb"));
    }
}
