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

    /** A header or file with its {@code #@ commit:} line left out. */
    public static String withoutCommit(String text) {
        return COMMIT.matcher(text).replaceAll("");
    }
}
