package org.nutgraf.lab.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A set's web pages as people paste them, in two ways, each made once and kept in
 * {@code lab/target/SET-RENDERER-HASH} (the hash of how they were made, so a change renders afresh):
 * <ul>
 *   <li>{@link Renderer#CHROMIUM}: rendered in Chromium, selected whole and copied ({@code lab/render/pasted.mjs});
 *   <li>{@link Renderer#W3M}: dumped by the w3m text browser at 1,000 columns, as the shared pasted samples were made
 *       ({@code w3m -dump} of a ScrapingHub page gives its sample byte for byte).
 * </ul>
 */
public final class RenderedCopies {

    /** The lab's folder, from the repository root (where lab/run runs) or from lab/ (where the lab's tests run). */
    private static final Path LAB = Files.isDirectory(Path.of("lab/render")) ? Path.of("lab") : Path.of(".");
    private static final Path SCRIPT = LAB.resolve("render/pasted.mjs");
    private static final List<String> W3M = List.of("w3m", "-dump", "-T", "text/html", "-O", "UTF-8", "-cols", "1000");
    private static final long W3M_SECONDS = 60;

    /** How a page becomes pasted text. */
    public enum Renderer {
        CHROMIUM, W3M;

        String label() {
            return this == CHROMIUM ? "pasted" : "w3m";
        }
    }

    private RenderedCopies() {
    }

    /**
     * The folder of copies ({@code <id>.txt}) of a set's pages in {@code html} ({@code <id>.html} or
     * {@code <id>.html.gz}), rendering those not yet there; empty when the renderer is missing and nothing could be
     * rendered.
     */
    public static Optional<Path> of(String set, Renderer renderer, Path html, PrintWriter err)
            throws IOException, InterruptedException {
        Optional<Path> done = rendered(set, renderer, html);
        if (done.isPresent()) {
            return done;
        }
        Path copies = folder(set, renderer);
        err.println("Rendering the pages of " + html + " with " + renderer + " into " + copies + " (minutes, once)");
        err.flush();
        try {
            if (renderer == Renderer.CHROMIUM) {
                chromium(html, copies);
            } else {
                w3m(html, copies, err);
            }
        } catch (IOException e) {
            err.println("rendering: " + e.getMessage() + (renderer == Renderer.CHROMIUM
                    ? " (node 20+ and Chromium are needed: apt-get install chromium)" : " (apt-get install w3m)"));
            return Optional.empty();
        }
        return count(copies, ".txt") > 0 ? Optional.of(copies) : Optional.empty();
    }

    /** The folder of copies when every page of the set is in it already; empty otherwise. Renders nothing. */
    public static Optional<Path> rendered(String set, Renderer renderer, Path html) throws IOException {
        Path copies = folder(set, renderer);
        return count(copies, ".txt") >= count(html, ".html.gz") + count(html, ".html") ? Optional.of(copies)
                : Optional.empty();
    }

    private static void chromium(Path html, Path copies) throws IOException, InterruptedException {
        if (!Files.isDirectory(SCRIPT.resolveSibling("node_modules"))) {
            Process ci = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(SCRIPT.getParent().toFile()).inheritIO().start();
            if (ci.waitFor() != 0) {
                throw new IOException("npm ci failed in " + SCRIPT.getParent());
            }
        }
        new ProcessBuilder("node", SCRIPT.toString(), html.toString(), copies.toString()).inheritIO().start().waitFor();
    }

    private static void w3m(Path html, Path copies, PrintWriter err) throws IOException, InterruptedException {
        Files.createDirectories(copies);
        Path scratch = Files.createTempFile("nutgraf-w3m", ".html");
        try (Stream<Path> s = Files.list(html)) {
            for (Path page : s.sorted().toList()) {
                String name = page.getFileName().toString();
                String id = name.replaceFirst("\\.html(\\.gz)?$", "");
                if (id.equals(name) || Files.exists(copies.resolve(id + ".txt"))) {
                    continue;
                }
                try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(page))
                        : Files.newInputStream(page)) {
                    Files.write(scratch, in.readAllBytes());
                }
                List<String> command = new java.util.ArrayList<>(W3M);
                command.add(scratch.toString());
                Path out = copies.resolve(id + ".txt");
                Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(W3M_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    err.println(id + ": w3m took over " + W3M_SECONDS + " s");
                    Files.writeString(out, "", StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    private static Path folder(String set, Renderer renderer) throws IOException {
        byte[] how = renderer == Renderer.CHROMIUM ? Files.readAllBytes(SCRIPT)
                : String.join(" ", W3M).getBytes(StandardCharsets.UTF_8);
        try {
            return LAB.resolve("target").resolve(set + "-" + renderer.label() + "-" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(how), 0, 6));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        }
    }
}
