package org.nutgraf.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The table {@code lab/run --report FILE} appends to, one Markdown row per run: when (UTC), the code's commit, the
 * command line, its exit code, each data set read with its parts and the SHA-256 of its files ({@link #hash}), and
 * the file beside the report that keeps what the run printed.
 */
final class RunReport {

    static final String HEADER = """
            | date (UTC) | commit | command | exit | data read: set (parts) SHA-256 of its files | printed |
            |---|---|---|---|---|---|
            """;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private RunReport() {
    }

    /** Appends the run's row to {@code report}, writing the header first when the file is new or empty. */
    static void append(Path report, List<String> args, int exitCode, String printed, SharedFolder shared,
                       List<PartsRead.Read> read) {
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Path dir = report.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            String name = report.getFileName().toString().replaceFirst("\\.md$", "");
            Path output = dir.resolve(name + "-" + STAMP.format(now) + ".txt");
            for (int n = 2; Files.exists(output); n++) {
                output = dir.resolve(name + "-" + STAMP.format(now) + "-" + n + ".txt");
            }
            Files.writeString(output, printed, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            StringBuilder row = new StringBuilder();
            if (!Files.exists(report) || Files.size(report) == 0) {
                row.append(HEADER);
            }
            row.append("| ").append(now).append(" | ").append(cell(commit())).append(" | `")
                    .append(cell(commandLine(args))).append("` | ").append(exitCode).append(" | ")
                    .append(cell(data(shared, read))).append(" | [").append(output.getFileName()).append("](")
                    .append(output.getFileName()).append(") |\n");
            Files.writeString(report, row, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + report, e);
        }
    }

    /** The command as typed, each argument quoted when it holds a space. */
    static String commandLine(List<String> args) {
        return "lab/run " + args.stream().map(a -> a.matches("[^\\s'\"]*") ? a : "'" + a + "'")
                .collect(Collectors.joining(" "));
    }

    /** Each set read with its parts and its hash, in set order; "none" when the run read no data. */
    static String data(SharedFolder shared, List<PartsRead.Read> read) throws IOException {
        Map<String, TreeSet<String>> parts = new LinkedHashMap<>();
        read.forEach(r -> parts.computeIfAbsent(r.set(), k -> new TreeSet<>()).add(r.part()));
        if (parts.isEmpty()) {
            return "none";
        }
        StringBuilder cell = new StringBuilder();
        for (Map.Entry<String, TreeSet<String>> e : parts.entrySet()) {
            Path path = Path.of(e.getKey()).isAbsolute() ? Path.of(e.getKey()) : shared.root().resolve(
                    e.getKey().startsWith("samples/") ? e.getKey() : "data/" + e.getKey());
            cell.append(cell.isEmpty() ? "" : "<br>").append(e.getKey()).append(" (")
                    .append(String.join(", ", e.getValue())).append(") ")
                    .append(Files.exists(path) ? hash(path) : "absent");
        }
        return cell.toString();
    }

    /**
     * The SHA-256 of a file, or of a folder's files: over each regular file in the order of its path relative to the
     * folder ({@code /}-separated), the line {@code PATH NUL HEX(SHA-256 of its bytes)}, so the same files give the
     * same hash wherever the folder lies.
     */
    static String hash(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return fileHash(path);
        }
        MessageDigest folder = sha256();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile).sorted((a, b) -> relative(path, a).compareTo(relative(path, b)))
                    .toList();
        }
        for (Path f : files) {
            folder.update((relative(path, f) + "\0" + fileHash(f) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(folder.digest());
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String fileHash(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The commit the run's code is at, with {@code -dirty} when tracked files differ from it; "unknown" outside git. */
    static String commit() {
        try {
            Process p = new ProcessBuilder("git", "describe", "--always", "--dirty", "--abbrev=12")
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? text : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
