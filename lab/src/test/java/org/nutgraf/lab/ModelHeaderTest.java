package org.nutgraf.lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.model.Provenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The provenance keys the lab's trainers write, and the data hash as its Javadoc defines it. */
class ModelHeaderTest {

    @Test
    void theDataHashIsOverSortedRelativePathsLengthsAndBytesWhateverTheOrderGiven(@TempDir Path shared)
            throws IOException {
        Path set = Files.createDirectories(shared.resolve("data/set/articles"));
        Files.writeString(set.resolve("b.txt"), "second", StandardCharsets.UTF_8);
        Files.writeString(set.resolve("a.txt"), "first", StandardCharsets.UTF_8);
        Files.writeString(shared.resolve("data/set/titles.tsv"), "id\ttitle\n", StandardCharsets.UTF_8);
        String byHand = Provenance.sha256(("data/set/articles/a.txt\u00005\u0000first"
                + "data/set/articles/b.txt\u00006\u0000second" + "data/set/titles.tsv\u00009\u0000id\ttitle\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(byHand, ModelHeader.dataSha256(shared, List.of(shared.resolve("data/set"))));
        assertEquals(byHand, ModelHeader.dataSha256(shared, List.of(shared.resolve("data/set/titles.tsv"),
                set.resolve("b.txt"), set)), "a file named twice, or in another order, counts once in path order");
        Files.writeString(set.resolve("a.txt"), "firsT", StandardCharsets.UTF_8);
        assertNotEquals(byHand, ModelHeader.dataSha256(shared, List.of(shared.resolve("data/set"))));
    }

    @Test
    void theKeysAreTheRequiredOnesInOrderThenTheModelsOwn() {
        ModelHeader header = new ModelHeader("lab/run x-train", "some set", "ab12", "LIBLINEAR", "C 1", "0")
                .with("threshold", "0.45");
        assertEquals(List.of("command", "data", "data-sha256", "trainer", "settings", "seed", "commit", "threshold"),
                List.copyOf(header.keys().keySet()));
        assertTrue(header.keys().get("commit").matches("[0-9a-f]{40}(-dirty)?|unknown"), header.keys().get("commit"));
        Provenance read = Provenance.ofText("x.tsv", (header.lines() + "# free text\nbias\t1.0000\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(header.keys(), read.keys());
        assertEquals(0.45, read.number("threshold"));
    }

    @Test
    void aValueOfTwoLinesIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ModelHeader("lab/run x-train", "two\nlines", "ab12", "LIBLINEAR", "C 1", "0"));
    }
}
