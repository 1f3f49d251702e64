package org.nutgraf.api;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Articles for tests: our own fixtures from src/test/resources, and the shared samples when ../shared is present. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A fixture from src/test/resources/articles. */
    public static String article(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/articles/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared folder (../shared, or -Dshared.dir), whether or not it exists. */
    public static Path shared() {
        return Path.of(System.getProperty("shared.dir", "../shared"));
    }

    /** A file under ../shared; the test is skipped (not failed) where it is absent. */
    public static String sharedText(String relative) {
        Path p = shared().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), "skipped: " + p + " is absent");
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
