package org.nutgraf.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProvenanceTest {

    private static final String HEADER = """
            #@ command: lab/run summary-train
            #@ data: the train and dev parts of one set
            #@ data-sha256: 0a3f
            #@ trainer: LIBLINEAR 2.44 L2R_LR
            #@ settings: C 1.0
            #@ seed: 0
            #@ commit: c87cc40
            #@ threshold: 0.45
            # free text: a: colon here is no key
            bias\t0.5000
            """;

    @Test
    void theKeyLinesOfAFilesHeaderAreItsProvenanceAndTheRestIsFreeText() {
        byte[] bytes = HEADER.getBytes(StandardCharsets.UTF_8);
        Provenance p = Provenance.ofText("summary/x.tsv", bytes).requireComplete();
        assertEquals("lab/run summary-train", p.get("command"));
        assertEquals(0.45, p.number("threshold"));
        assertEquals(8, p.keys().size(), p.keys()::toString);
        assertEquals(Provenance.sha256(bytes), p.sha256());
        assertEquals(p.sha256().substring(0, 12), p.shortHash());
    }

    @Test
    void aHeaderWithoutARequiredKeyIsRefusedNamingTheFileAndTheKey() {
        byte[] bytes = HEADER.replace("#@ seed: 0\n", "").getBytes(StandardCharsets.UTF_8);
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> Provenance.ofText("summary/x.tsv", bytes).requireComplete());
        assertTrue(e.getMessage().startsWith("model file summary/x.tsv:"), e.getMessage());
        assertTrue(e.getMessage().contains("[seed]"), e.getMessage());
    }

    @Test
    void aKeyGivenTwiceOrAKeyLineWithoutAColonIsRefused() {
        assertThrows(ModelFileException.class, () -> Provenance.ofText("a.tsv",
                (HEADER + "").replace("#@ seed: 0", "#@ seed: 0\n#@ seed: 1").getBytes(StandardCharsets.UTF_8)));
        assertThrows(ModelFileException.class, () -> Provenance.ofText("a.tsv",
                "#@ no colon here\nbias\t1.0\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aThresholdThatIsNoNumberIsRefused() {
        Provenance p = Provenance.ofText("a.tsv", HEADER.replace("0.45", "high").getBytes(StandardCharsets.UTF_8));
        assertThrows(ModelFileException.class, () -> p.number("threshold"));
        assertThrows(ModelFileException.class, () -> p.get("inside-threshold"));
    }

    @Test
    void everyModelFileShippedRecordsItsProvenance() {
        for (String file : new String[]{"summary/news-scorer.tsv", "summary/lead-trust.tsv",
                "summary/news-scorer-lucene.tsv", "extract/pasted-lines.tsv", "claims/check-worthiness.tsv",
                "claims/cue-verbs.tsv", "claims/speaker-cue-verbs.tsv", "claims/speaker-secondary-verbs.tsv",
                "claims/speaker-reporting-nouns.tsv", "claims/speaker-nouns.tsv"}) {
            Provenance p = ModelFile.text(file, in -> in.readAllBytes()).provenance();
            assertTrue(p.get("command").startsWith("lab/run "), file + ": " + p.get("command"));
        }
        Provenance vectors = ModelFile.encoder("claims/static-vectors.bin").provenance();
        assertTrue(vectors.get("command").startsWith("lab/run vectors-train"), vectors.keys()::toString);
    }
}
