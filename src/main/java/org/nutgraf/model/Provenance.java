package org.nutgraf.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a shipped model came from, as its file's header says: the {@code #@ key: value} lines the lab writes before
 * any other line (the command that remakes the file, the data it read and that data's SHA-256, the trainer and its
 * settings, the seed, the code's commit, and any decision thresholds the model carries), with the SHA-256 of the
 * file's own bytes. Other {@code #} lines are free text for people. Immutable and thread-safe.
 *
 * @param file   the file's class-path name, as {@code claims/check-worthiness.tsv}
 * @param sha256 the SHA-256 of the file's bytes, in lower-case hex
 * @param keys   the header's keys and values, in file order
 */
public record Provenance(String file, String sha256, Map<String, String> keys) {

    /** What starts a header line that holds a key. */
    public static final String PREFIX = "#@ ";
    /** The keys every model Nutgraf trains must record. */
    public static final List<String> REQUIRED = List.of("command", "data", "data-sha256", "trainer", "settings",
            "seed", "commit");
    /** The characters of the file's hash that answers name it by. */
    public static final int SHORT_HASH = 12;

    public Provenance {
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /** The provenance of a text file: the key lines among the {@code #} lines it opens with. */
    public static Provenance ofText(String file, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        StringBuilder header = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            header.append(line).append('\n');
        }
        return of(file, bytes, header.toString());
    }

    /** The provenance of a file whose header is held apart from its body (a binary file's header string). */
    public static Provenance of(String file, byte[] bytes, String header) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : header.split("\n")) {
            if (!line.startsWith(PREFIX)) {
                continue;
            }
            int colon = line.indexOf(':', PREFIX.length());
            if (colon < 0) {
                throw new ModelFileException(file, "a header key line has no colon: " + line);
            }
            String key = line.substring(PREFIX.length(), colon).strip();
            if (keys.put(key, line.substring(colon + 1).strip()) != null) {
                throw new ModelFileException(file, "the header gives the key '" + key + "' twice");
            }
        }
        return new Provenance(file, sha256(bytes), keys);
    }

    /** The required keys the header lacks, in {@link #REQUIRED} order. */
    public List<String> missing() {
        return REQUIRED.stream().filter(k -> !keys.containsKey(k)).toList();
    }

    /** This provenance, when it records every {@link #REQUIRED} key; else a {@link ModelFileException} naming them. */
    public Provenance requireComplete() {
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            throw new ModelFileException(file, "its header lacks the provenance keys " + missing
                    + " (#@ key: value lines, which the lab's trainers write)");
        }
        return this;
    }

    /** The first {@value #SHORT_HASH} characters of the file's hash. */
    public String shortHash() {
        return sha256.substring(0, SHORT_HASH);
    }

    /** The value of a key the model cannot do without. */
    public String get(String key) {
        String value = keys.get(key);
        if (value == null) {
            throw new ModelFileException(file, "the header has no '" + key + "' key");
        }
        return value;
    }

    /** The value of a key that holds a number, as a decision threshold. */
    public double number(String key) {
        String value = get(key);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new ModelFileException(file, "the header's '" + key + "' is not a number: " + value);
        }
    }

    /** The SHA-256 of some bytes, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
