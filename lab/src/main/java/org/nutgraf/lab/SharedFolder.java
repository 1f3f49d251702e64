package org.nutgraf.lab;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared folder of evaluation data ({@code --shared}): sets under {@code data/}, sample articles under
 * {@code samples/}; not ours to ship, so tools skip what is absent ({@link Invocation#present}).
 *
 * @param root the folder
 */
public record SharedFolder(Path root) {

    /** A set under {@code data/}, e.g. {@code cnn_val}. */
    public Path data(String set) {
        return root.resolve("data").resolve(set);
    }

    /** A file or folder under {@code samples/}. */
    public Path sample(String name) {
        return root.resolve("samples").resolve(name);
    }

    /** The folder as given when it exists or names a path; a bare name that is no folder here is a set under data/. */
    public Path dataset(String folderOrSet) {
        Path given = Path.of(folderOrSet);
        return given.getNameCount() == 1 && !Files.isDirectory(given) ? data(folderOrSet) : given;
    }
}
