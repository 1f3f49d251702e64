package org.nutgraf.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A model read from a file Nutgraf ships, with the file's provenance. Reading fails with a
 * {@link ModelFileException} naming the file when it is missing or its content does not parse, so a broken build or
 * a damaged jar stops the start instead of failing requests.
 *
 * @param model      what the file holds, parsed
 * @param provenance where it came from, and the hash of the bytes read
 * @param <T>        the model's type
 */
public record ModelFile<T>(T model, Provenance provenance) {

    /** How a file's bytes become a model. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(InputStream in) throws IOException;
    }

    /**
     * A text model Nutgraf trained, on the class path, its provenance read from the {@code #@} lines it opens with,
     * which must hold every {@link Provenance#REQUIRED} key.
     */
    public static <T> ModelFile<T> text(String name, Parser<T> parser) {
        byte[] bytes = bytes(name);
        Provenance provenance = Provenance.ofText(name, bytes).requireComplete();
        return new ModelFile<>(parse(name, bytes, parser), provenance);
    }

    /**
     * A binary model on the class path whose file holds no header of Nutgraf's (one published by others): its
     * provenance is the header given, with the hash of the bytes read.
     */
    public static <T> ModelFile<T> binary(String name, Parser<T> parser, String header) {
        byte[] bytes = bytes(name);
        return new ModelFile<>(parse(name, bytes, parser), Provenance.of(name, bytes, header));
    }

    /** A linear model on the class path ({@link LinearModel#read}). */
    public static ModelFile<LinearModel> linear(String name) {
        return text(name, LinearModel::read);
    }

    /**
     * A static encoder Nutgraf made, on the class path ({@link StaticEncoder#read}); its provenance is the header it
     * stores, with every {@link Provenance#REQUIRED} key.
     */
    public static ModelFile<StaticEncoder> encoder(String name) {
        byte[] bytes = bytes(name);
        StaticEncoder encoder = parse(name, bytes, in -> StaticEncoder.read(new java.io.BufferedInputStream(in)));
        return new ModelFile<>(encoder, Provenance.of(name, bytes, encoder.provenance()).requireComplete());
    }

    /** The bytes of a class-path resource. */
    public static byte[] bytes(String name) {
        try (InputStream in = ModelFile.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new ModelFileException(name, "not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T parse(String name, byte[] bytes, Parser<T> parser) {
        try {
            return parser.parse(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(name, "cannot be read (" + e + ")", e);
        }
    }
}
