package org.nutgraf.lab;

import org.nutgraf.model.Provenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The provenance keys a trainer writes at the top of a model file, as {@link Provenance} reads them: the command that
 * remakes the file with the shipped settings, the data read and its hash, the trainer, the chosen settings, the seed,
 * the code's commit, then any keys of the model's own (decision thresholds).
 * <p>
 * <b>{@code data-sha256}</b> is the SHA-256 of the files a trainer read from the shared folder ({@link #dataSha256}):
 * each file named by its path relative to the shared folder, with {@code /} between names; a folder given stands for
 * every regular file under it. The files are taken in the order of those paths as strings, and each adds to the hash
 * its path in UTF-8, a NUL byte, its length in bytes as decimal digits, a NUL byte, then its bytes. So the hash
 * depends on the files' names and contents only, not on where the shared folder is or on the order a directory lists.
 * <p>
 * <b>{@code commit}</b> is {@code git rev-parse HEAD} of the repository the lab runs in, with {@code -dirty} when
 * {@code git status --porcelain} lists any change (an untracked file too: it may be code the build read), and
 * {@code unknown} without git, read once when a trainer first asks (the files a run writes would make the tree
 * dirty for the next). It is the one key a remake may change, so the remake tests compare everything else
 * byte for byte.
 *
 * @param command    the {@code lab/run} command line that remakes the file
 * @param data       the sets and parts read, in a few words
 * @param dataSha256 {@link #dataSha256} of the files read
 * @param trainer    what fitted or counted the model, as {@code LIBLINEAR 2.44 L2R_LR}
 * @param settings   the settings chosen, on one line
 * @param seed       the random seed, or why there is none
 * @param extra      keys of the model's own, written after the required ones in this order
 */
public record ModelHeader(String command, String data, String dataSha256, String trainer, String settings,
                          String seed, Map<String, String> extra) {

    /** The value of {@code commit} outside a git work tree. */
    public static final String UNKNOWN = "unknown";

    private static final long GIT_SECONDS = 30;

    public ModelHeader {
        extra = new LinkedHashMap<>(extra);
        for (String value : new String[] {command, data, dataSha256, trainer, settings, seed}) {
            if (value == null || value.isBlank() || value.contains("\n")) {
                throw new IllegalArgumentException("a header value must be one non-blank line: " + value);
            }
        }
    }

    /** A header with no keys of the model's own. */
    public ModelHeader(String command, String data, String dataSha256, String trainer, String settings, String seed) {
        this(command, data, dataSha256, trainer, settings, seed, Map.of());
    }

    /** The same header with one more key of the model's own. */
    public ModelHeader with(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(extra);
        more.put(key, value);
        return new ModelHeader(command, data, dataSha256, trainer, settings, seed, more);
    }

    /** Every key in file order, {@link Provenance#REQUIRED} first, with the commit of the code that runs. */
    public Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("command", command);
        keys.put("data", data);
        keys.put("data-sha256", dataSha256);
        keys.put("trainer", trainer);
        keys.put("settings", settings);
        keys.put("seed", seed);
        keys.put("commit", commit());
        extra.forEach(keys::put);
        return keys;
    }

    /** The keys as {@code #@ key: value} lines, each ending in a line feed: a binary file's header, or a list's. */
    public String lines() {
        StringBuilder b = new StringBuilder();
        keys().forEach((k, v) -> b.append(Provenance.PREFIX).append(k).append(": ").append(v).append('\n'));
        return b.toString();
    }

    /**
     * The SHA-256, in lower-case hex, of the files read from the shared folder, as the class comment defines it.
     *
     * @param shared the shared folder
     * @param read   files or folders under it; a missing one fails, since the trainer read it
     */
    public static String dataSha256(Path shared, Collection<Path> read) {
        Path root = shared.toAbsolutePath().normalize();
        Map<String, Path> files = new TreeMap<>();
        try {
            for (Path p : read) {
                Path absolute = p.toAbsolutePath().normalize();
                if (!absolute.startsWith(root)) {
                    throw new IllegalArgumentException(p + " is not under the shared folder " + shared);
                }
                try (Stream<Path> walk = Files.walk(absolute)) {
                    walk.filter(Files::isRegularFile).forEach(f -> files.put(relative(root, f), f));
                }
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (var e : files.entrySet()) {
                byte[] bytes = Files.readAllBytes(e.getValue());
                digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) 0);
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String relative(Path root, Path file) {
        return String.join("/", Stream.of(root.relativize(file).toString().split(
                java.util.regex.Pattern.quote(file.getFileSystem().getSeparator()))).toList());
    }

    /** The commit of the working directory's repository, as the class comment defines it, read once per run. */
    public static String commit() {
        return Repository.COMMIT;
    }

    /** The commit, read on first use. */
    private static final class Repository {
        static final String COMMIT = read();
    }

    private static String read() {
        String head = git("rev-parse", "HEAD");
        if (head == null || !head.matches("[0-9a-f]{40}")) {
            return UNKNOWN;
        }
        String status = git("status", "--porcelain");
        return status == null ? UNKNOWN : status.isEmpty() ? head : head + "-dirty";
    }

    private static String git(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(GIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
