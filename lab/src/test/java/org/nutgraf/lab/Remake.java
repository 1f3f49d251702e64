package org.nutgraf.lab;

import org.nutgraf.model.Provenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a remake test holds a freshly trained model file to: every byte of the shipped file but the {@code #@ commit:}
 * line, the one key a remake may change ({@link ModelHeader}), and a header with every key {@link Provenance}
 * requires.
 */
public final class Remake {

    private static final Pattern COMMIT = Pattern.compile("^" + Pattern.quote(Provenance.PREFIX) + "commit: [^\n]*\n",
            Pattern.MULTILINE);

    private Remake() {
    }

    /** Fails unless the remade text file is the shipped one byte for byte, but for the commit line. */
    public static void assertSameButTheCommit(Path shipped, Path remade, String remedy) throws IOException {
        byte[] fresh = Files.readAllBytes(remade);
        assertEquals(List.of(), Provenance.ofText(remade.toString(), fresh).missing(),
                remade + " lacks provenance keys");
        // ISO-8859-1 maps each byte to one char and back, so equal strings are equal bytes
        assertEquals(withoutCommit(new String(Files.readAllBytes(shipped), StandardCharsets.ISO_8859_1)),
                withoutCommit(new String(fresh, StandardCharsets.ISO_8859_1)), shipped + ": " + remedy);
    }

    /**
     * Fails unless the remade linear model has the shipped one's provenance keys (but for the commit and the data's
     * hash), the same features, and every weight within {@code tolerance} of the shipped weight: for a model whose
     * data is made by a program outside the repository (pages rendered by the machine's Chromium), whose output
     * moves a little between its versions.
     */
    public static void assertSameWithin(Path shipped, Path remade, double tolerance, String remedy) throws IOException {
        byte[] old = Files.readAllBytes(shipped);
        byte[] fresh = Files.readAllBytes(remade);
        Provenance was = Provenance.ofText(shipped.toString(), old);
        Provenance now = Provenance.ofText(remade.toString(), fresh);
        assertEquals(List.of(), now.missing(), remade + " lacks provenance keys");
        java.util.Map<String, String> wasKeys = new java.util.TreeMap<>(was.keys());
        java.util.Map<String, String> nowKeys = new java.util.TreeMap<>(now.keys());
        for (String free : List.of("commit", "data-sha256")) {
            wasKeys.remove(free);
            nowKeys.remove(free);
        }
        assertEquals(wasKeys, nowKeys, shipped + ": the settings chosen differ; " + remedy);
        var wasWeights = org.nutgraf.model.LinearModel.read(new java.io.ByteArrayInputStream(old)).weights();
        var nowWeights = org.nutgraf.model.LinearModel.read(new java.io.ByteArrayInputStream(fresh)).weights();
        assertEquals(wasWeights.keySet(), nowWeights.keySet(), shipped + ": the features differ; " + remedy);
        for (var w : wasWeights.entrySet()) {
            double moved = Math.abs(w.getValue() - nowWeights.get(w.getKey()));
            org.junit.jupiter.api.Assertions.assertTrue(moved <= tolerance, () -> shipped + ": " + w.getKey()
                    + " moved by " + moved + ", more than " + tolerance + "; " + remedy);
        }
    }

    /** A header or file with its {@code #@ commit:} line left out. */
    public static String withoutCommit(String text) {
        return COMMIT.matcher(text).replaceAll("");
    }
}
