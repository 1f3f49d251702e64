package org.nutgraf.app;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlCharactersTest {

    @Test
    void exactlyTheControlsOtherThanTabLineFeedCarriageReturnAndFormFeedAreRefused() {
        List<Integer> refused = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (ControlCharacters.refused((char) c)) {
                refused.add(c);
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int c = 0; c <= 0x9F; c++) {
            // Unicode's control characters (general category Cc) are U+0000-U+001F and U+007F-U+009F
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                expected.add(c);
            }
        }
        assertEquals(61, expected.size());
        assertEquals(expected, refused);
    }

    @Test
    void theFirstRefusedOffsetCountsUtf16CodeUnits() {
        // two emoji are four code units, then a space: the bell is at 5, as String.substring counts
        assertEquals(5, ControlCharacters.firstRefused("😀👍 \u0007 and \u0000"));
        assertEquals(-1, ControlCharacters.firstRefused("Tab\there, lines\r\nand a page\fbreak."));
    }

    @Test
    void theProblemNamesTheCharacterItsOffsetAndTheRule() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ControlCharacters.check("The council met.\u0000\u0000 The plan passed.", "text"));
        assertEquals(400, e.status());
        assertEquals("control-character", e.slug());
        assertTrue(e.getMessage().startsWith("The text holds the control character U+0000 at offset 16 "), e.getMessage());
        ProblemException c1 = assertThrows(ProblemException.class, () -> ControlCharacters.check("Next\u0085line", "title"));
        assertTrue(c1.getMessage().startsWith("The title holds the control character U+0085 at offset 4 "), c1.getMessage());
    }

    @Test
    void blankingKeepsTheLengthAndEveryOtherCharacter() {
        assertEquals("A  b\tc\nd \fe", ControlCharacters.blanked("A\u0000 b\tc\nd\u009b\fe"));
        assertNull(ControlCharacters.blanked(null));
        String clean = "Nothing to change.";
        assertTrue(clean == ControlCharacters.blanked(clean));
    }
}
