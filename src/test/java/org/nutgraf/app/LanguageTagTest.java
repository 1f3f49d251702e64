package org.nutgraf.app;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageTagTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
            "en, en", "EN, en", "en-GB, en", "de-AT, de", "de_AT, de",
            // the primary subtag decides, whatever follows it: a subtag no registry knows, a script, a variant
            "de-ere, de", "zh-Hant-TW, zh", "sl-rozaj-biske, sl", "yue-HK, yue",
            // no language in the first subtag: detection decides instead
            "x-klingon, none", "i-default, none", "12, none", "' ', none", "e, none", "-de, none"})
    void thePrimarySubtagOfABcp47TagDecidesTheLanguage(String tag, String primary) {
        assertEquals(primary, LanguagePolicy.primary(tag));
    }
}
