package org.nutgraf.lab.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.lab.extract.PastedLineTraining.Page;
import org.nutgraf.lab.extract.PastedLineTraining.PageSet;
import org.nutgraf.lab.summary.SummarySets;
import org.nutgraf.lab.summary.SummarySets.Part;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code extract-train} never reads a test page: it needs the pages rendered in Chromium, so instead of running it on
 * the fixture ({@code NoPeekingTest}) this checks the one step that chooses its pages.
 */
class PastedLinePartsTest {

    @Test
    void theRenderedPagesLearntFromAreOnlyThoseOfTheTrainAndDevParts(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("scrapinghub");
        Path copies = Files.createDirectories(dir.resolve("copies"));
        Files.createDirectories(folder.resolve("truth"));
        Set<Part> written = EnumSet.noneOf(Part.class);
        for (int i = 0; i < 30; i++) {
            String id = String.format("p%03d", i);
            written.add(SummarySets.part("scrapinghub", id));
            Files.writeString(copies.resolve(id + ".txt"), "Home\nThe council opened the bridge.\n");
            Files.writeString(folder.resolve("truth").resolve(id + ".txt"), "The council opened the bridge.");
        }
        assertEquals(EnumSet.allOf(Part.class), written, "the ids fall in every part");
        Set<Part> read = PastedLineTraining.pages(PageSet.scrapinghub, RenderedCopies.Renderer.W3M, folder, copies)
                .stream().map(Page::part).collect(Collectors.toSet());
        assertEquals(EnumSet.of(Part.TRAIN, Part.DEV), read);
    }
}
