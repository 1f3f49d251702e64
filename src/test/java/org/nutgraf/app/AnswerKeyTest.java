package org.nutgraf.app;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class AnswerKeyTest {

    private static String key(String version, String models, String text) {
        return AnswerCache.key(version, models, "summary", text, "A title", SummaryOptions.DEFAULTS);
    }

    @Test
    void theSameVersionModelsAndInputGiveTheSameKey() {
        assertEquals(key("1.0", "abc", "The council met."), key("1.0", "abc", "The council met."));
    }

    @Test
    void aRetrainedModelUnderTheSameVersionIsAnotherAnswer() {
        assertNotEquals(key("1.0", "abc", "The council met."), key("1.0", "abd", "The council met."));
        assertNotEquals(key("1.0", "abc", "The council met."), key("1.1", "abc", "The council met."));
        assertNotEquals(key("1.0", "abc", "The council met."), key("1.0", "abc", "The council met!"));
    }
}
